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
