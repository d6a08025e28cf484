import { sql } from "drizzle-orm";
import { webhookEvents, type WebhookStatus } from "@/db/schema";

/** SQL that appends one entry to an event's timeline, for use in an UPDATE … SET. */
export const appendTimeline = (status: WebhookStatus, note?: string) =>
  sql`${webhookEvents.timeline} || ${JSON.stringify([{ at: new Date().toISOString(), status, ...(note ? { note } : {}) }])}::jsonb`;
