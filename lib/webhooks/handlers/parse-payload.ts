import type { z } from "zod";
import { toParseFailure } from "@/lib/providers/webhook-parse";

/**
 * Reads the fields a handler needs from a stored payload. The intake already checked the provider's envelope, so a
 * failure here means the provider changed a field we rely on: it throws, and the event shows as failed with the path.
 */
export function parsePayload<T>(schema: z.ZodType<T>, payload: unknown, what: string): T {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const failure = toParseFailure(result.error);
  throw new Error(`Unexpected ${what} payload at ${failure.path}: ${failure.message}`);
}
