import { z } from "zod";
import { AppError } from "@/lib/errors";

export const PRODUCT_SORTS = ["updated", "id"] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

/**
 * Where the previous page ended. `t` is updated_at as Postgres printed it, to the microsecond: a JS Date keeps only
 * milliseconds, and comparing against a truncated value would repeat or skip rows.
 */
const cursorSchema = z.discriminatedUnion("s", [
  z.object({
    s: z.literal("updated"),
    t: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/),
    i: z.number().int().positive(),
  }),
  z.object({ s: z.literal("id"), i: z.number().int().positive() }),
]);
export type ProductCursor = z.infer<typeof cursorSchema>;

export const encodeCursor = (cursor: ProductCursor): string =>
  Buffer.from(JSON.stringify(cursor)).toString("base64url");

/** Opaque to clients; a cursor from another sort order or a tampered one is a 400, not a silently wrong page. */
export function decodeCursor(value: string, sort: ProductSort): ProductCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    parsed = null;
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success || result.data.s !== sort)
    throw new AppError("invalid_input", "The cursor is not valid for this list; start again from the first page", {
      messageKey: "errors.bad_cursor",
    });
  return result.data;
}
