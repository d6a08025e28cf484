/** The handler note for an upsert outcome, e.g. "payment pi_123 updated". */
export function upsertNote(what: string, outcome: "created" | "updated" | "unchanged"): string {
  return outcome === "unchanged"
    ? `${what} unchanged: it already reflects this or a newer event`
    : `${what} ${outcome}`;
}
