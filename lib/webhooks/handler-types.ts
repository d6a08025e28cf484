import type { Db } from "@/db/client";
import type { WebhookEvent } from "@/db/schema";

export type WebhookHandlerContext = {
  db: Db;
  /** The stored row; `payload` is the provider-shaped JSON that passed the intake's schema check. */
  event: WebhookEvent;
  payload: unknown;
};

/** `ignored`: understood but nothing to do (e.g. an event type we do not act on); the note says why. */
export type WebhookHandlerResult = {
  outcome: "processed" | "ignored";
  /** English text of the note; `noteKey`/`noteParams` show it in the reader's language. */
  note?: string;
  noteKey?: string;
  noteParams?: Record<string, string | number>;
};

/**
 * Handles one event type. Events are hints, not facts: converge by re-fetching (queue a sync) or by upserting with a
 * "newer wins" guard, so duplicates and out-of-order arrivals leave the same end state. Throw to fail (it is retried).
 */
export type WebhookHandler = (context: WebhookHandlerContext) => Promise<WebhookHandlerResult>;
