import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations, paymentProviderState } from "@/db/schema";
import { insertWebhookEvent } from "@/lib/webhooks/insert-webhook-event";
import { processClaimedWebhookEvent, startWebhookEvent } from "@/lib/webhooks/process-webhook-event";
import { loadStripeAdapter, type PaymentDeps } from "./load-payment-adapter";

/** Stripe keeps events for 30 days; a first run looks back one day. Each run re-lists a few minutes for late writes. */
const FIRST_LOOKBACK_MS = 24 * 60 * 60 * 1000;
const MAX_LOOKBACK_MS = 30 * 24 * 60 * 60 * 1000 - 60_000;
const OVERLAP_MS = 5 * 60 * 1000;

/**
 * Missed-webhook recovery: lists Stripe's events since the last one seen and feeds each through the webhook path
 * (stored once per `evt_` id, so events already delivered are skipped, then handled by the same handler).
 * Idempotent; safe to run any number of times.
 */
export async function recoverStripeEvents(options: { db: Db; deps?: PaymentDeps; now?: Date }) {
  const { db } = options;
  const now = options.now ?? new Date();
  const [integration] = await db
    .select({ isActive: integrations.isActive })
    .from(integrations)
    .where(eq(integrations.id, "stripe"))
    .limit(1);
  if (!integration?.isActive) return { listed: 0, recovered: 0, skipped: "stripe is not active" };
  const [state] = await db
    .select()
    .from(paymentProviderState)
    .where(eq(paymentProviderState.provider, "stripe"))
    .limit(1);
  const checkpoint = state?.eventsCheckpoint?.getTime() ?? now.getTime() - FIRST_LOOKBACK_MS;
  const since = new Date(Math.max(checkpoint - OVERLAP_MS, now.getTime() - MAX_LOOKBACK_MS));
  const { adapter } = await loadStripeAdapter(db, options.deps);
  const events = await adapter.listEventsSince(since);
  let recovered = 0;
  for (const event of events) {
    const rawBody = JSON.stringify(event);
    const id = await insertWebhookEvent(db, {
      provider: "stripe",
      integrationId: "stripe",
      dedupeKey: event.id,
      providerEventId: event.id,
      eventType: event.type,
      status: "received",
      isTest: false,
      headers: { "x-kopru-source": "stripe-events-recovery" },
      rawBody,
      bodySha256: createHash("sha256").update(rawBody).digest("hex"),
      bodySize: Buffer.byteLength(rawBody),
    });
    if (id === null) continue;
    recovered += 1;
    const claimed = await startWebhookEvent(db, id);
    if (claimed) await processClaimedWebhookEvent({ db, event: claimed, scheduleRetry: true });
  }
  const last = events.at(-1);
  const values = {
    eventsCheckpoint: last ? new Date(Math.max(last.created * 1000, checkpoint)) : new Date(checkpoint),
    lastEventId: last?.id ?? state?.lastEventId ?? null,
    updatedAt: now,
  };
  await db
    .insert(paymentProviderState)
    .values({ provider: "stripe", ...values })
    .onConflictDoUpdate({ target: paymentProviderState.provider, set: values });
  return { listed: events.length, recovered };
}
