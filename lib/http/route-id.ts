import { AppError } from "@/lib/errors";

const MAX_INT4 = 2_147_483_647;

/** A numeric id from a route segment; null for anything that cannot name a row (the page answers 404). */
export function parseRouteId(value: string): number | null {
  if (!/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= MAX_INT4 ? id : null;
}

/**
 * The API routes' form of `parseRouteId`: an id that is malformed or beyond the int4 range of our serial keys names no
 * row, so it is a 404 like any unknown id, never a 400 or a database error.
 */
export function requireRouteId(value: string): number {
  const id = parseRouteId(value);
  if (id === null) throw new AppError("not_found", "No such record", { messageKey: "errors.not_found" });
  return id;
}
