import { AppError } from "@/lib/errors";

const MAX_INT4 = 2_147_483_647;

/** A numeric id from a route segment; null for anything that cannot name a row (the page answers 404). */
export function parseRouteId(value: string): number | null {
  if (!/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= MAX_INT4 ? id : null;
}

/** The same for API routes: an id that cannot name a row is a 404. */
export function parseRouteIdOrThrow(value: string): number {
  const id = parseRouteId(value);
  if (id === null) throw new AppError("not_found", "No such record", { messageKey: "errors.not_found" });
  return id;
}
