/** `?a=1&b=x` from the set values only: empty strings, null and undefined are left out, so "no filter" stays `{}`. */
export function toQueryString(params: Record<string, string | number | null | undefined>): string {
  const entries = Object.entries(params).flatMap(([key, value]) =>
    value === null || value === undefined || String(value).trim() === ""
      ? []
      : [[key, String(value).trim()] as [string, string]],
  );
  return new URLSearchParams(entries).toString();
}

/** A date input gives a local day; the APIs take instants, so "to" means the end of that day. */
export function dayBoundary(day: string | undefined, edge: "start" | "end"): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T${edge === "start" ? "00:00:00.000" : "23:59:59.999"}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
