import { eventType } from "inngest";
import { z } from "zod";

/** The one catalogue of Köprü's Inngest events: name plus the schema of its data. */
export const syncRequested = eventType("integration/sync.requested", {
  schema: z.object({
    integrationId: z.string(),
    kind: z.string(),
    trigger: z.enum(["schedule", "manual", "webhook", "retry"]),
    /** Set when the run row already exists (manual, retry); scheduled fan-out creates it from `slotKey`. */
    runId: z.number().int().optional(),
    slotKey: z.string().optional(),
  }),
});

export const webhookReceived = eventType("webhook/event.received", {
  /** `generation` counts replays; it is part of the event id, so each replay is a new Inngest event. */
  schema: z.object({ webhookEventId: z.number().int(), provider: z.string(), generation: z.number().int().optional() }),
});

export type SyncRequestedData = z.infer<typeof syncRequested.schema>;

export const orderToCashRequested = eventType("order/to-cash.requested", {
  /** `force`: run this step whatever the rules say, and start there (retry from this step). */
  schema: z.object({
    orderId: z.number().int(),
    reason: z.enum([
      "imported",
      "paid",
      "shipment_status_changed",
      "delivered",
      "invoice_issued",
      "manual",
      "retry",
      "bulk",
    ]),
    force: z.enum(["shipment_created", "tracking_sent", "invoice_issued", "invoice_link_sent"]).optional(),
  }),
});
export type OrderToCashRequestedData = z.infer<typeof orderToCashRequested.schema>;
