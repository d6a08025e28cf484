import { getUnsafeNumberReason, parse, UnsafeNumberReason } from "lossless-json";
import { z } from "zod";
import type { WebhookParse } from "@/lib/providers/webhook-types";

type ParseFailure = Extract<WebhookParse, { ok: false }>;

/** The first issue of a zod error as `{ path: "data.object.id", message }`; the root is reported as `"$"`. */
export function toParseFailure(error: z.ZodError): ParseFailure {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join(".") : "$";
  return { ok: false, path, message: issue?.message ?? "Invalid payload" };
}

// 15 digits always fit a double exactly; only a longer digit run can be an integer beyond 2^53.
const MAYBE_UNSAFE_NUMBER = /\d{16}/;

/** Integers beyond 2^53 stay strings (digit for digit); a decimal keeps its nearest double, as JSON.parse would. */
const parseNumber = (value: string): unknown => {
  const reason = getUnsafeNumberReason(value);
  return reason === undefined || reason === UnsafeNumberReason.truncate_float ? Number(value) : value;
};

/**
 * JSON.parse for provider bodies that never rounds an id: Shopify sends ids like 820982911946154508, which a JS number
 * would silently turn into 820982911946154500. Throws a SyntaxError on malformed JSON, like JSON.parse.
 */
export function parseProviderJson(text: string): unknown {
  return MAYBE_UNSAFE_NUMBER.test(text) ? parse(text, null, parseNumber) : JSON.parse(text);
}

/**
 * A provider's numeric id, read exactly and kept as a decimal string: a safe integer or the digit string that
 * `parseProviderJson` leaves for a larger one.
 */
export const providerIdSchema = z
  .union([z.int().nonnegative(), z.string().regex(/^\d+$/, "Must be a numeric id")])
  .transform((value) => String(value));

/** JSON-parse (ids kept exactly) then schema-parse a raw webhook body; never throws. */
export function parseJsonBody<T>(rawBody: string, schema: z.ZodType<T>): { ok: true; data: T } | ParseFailure {
  let json: unknown;
  try {
    json = parseProviderJson(rawBody);
  } catch {
    return { ok: false, path: "$", message: "Body is not valid JSON" };
  }
  const result = schema.safeParse(json);
  return result.success ? { ok: true, data: result.data } : toParseFailure(result.error);
}
