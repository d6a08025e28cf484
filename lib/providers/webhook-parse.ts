import type { z } from "zod";
import type { WebhookParse } from "@/lib/providers/webhook-types";

type ParseFailure = Extract<WebhookParse, { ok: false }>;

/** The first issue of a zod error as `{ path: "data.object.id", message }`; the root is reported as `"$"`. */
export function toParseFailure(error: z.ZodError): ParseFailure {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join(".") : "$";
  return { ok: false, path, message: issue?.message ?? "Invalid payload" };
}

/** JSON.parse then schema-parse a raw webhook body; never throws. */
export function parseJsonBody<T>(rawBody: string, schema: z.ZodType<T>): { ok: true; data: T } | ParseFailure {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { ok: false, path: "$", message: "Body is not valid JSON" };
  }
  const result = schema.safeParse(json);
  return result.success ? { ok: true, data: result.data } : toParseFailure(result.error);
}
