import { sql } from "drizzle-orm";
import { webhookEvents, type WebhookStatus } from "@/db/schema";
import type { KeyedMessage } from "@/lib/i18n/keyed-message";

/**
 * SQL that appends one entry to an event's timeline, for use in an UPDATE … SET. `note` is the English text; `keyed`
 * lets the console show it in the reader's language.
 */
export const appendTimeline = (status: WebhookStatus, note?: string, keyed?: KeyedMessage) =>
  sql`${webhookEvents.timeline} || ${JSON.stringify([
    {
      at: new Date().toISOString(),
      status,
      ...(note ? { note } : {}),
      ...(keyed ? { noteKey: keyed.key, ...(keyed.params ? { noteParams: keyed.params } : {}) } : {}),
    },
  ])}::jsonb`;
