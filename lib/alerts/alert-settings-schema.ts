import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";

/** PUT /api/settings/alerts. No server imports: the settings form validates with the same rules before it sends. */
export const alertSettingsSchema = z.object({
  emails: z.array(z.email()).max(20),
  /** Omitted keeps the stored URL; null or "" removes it. */
  slack_webhook_url: z.union([z.url({ protocol: /^https?$/ }), z.literal(""), z.null()]).optional(),
  consecutive_failures: z.number().int().min(1).max(1000).optional(),
  degraded_after_minutes: z.number().int().min(0).max(10_080).optional(),
  stuck_after_minutes: z.number().int().min(1).max(10_080).optional(),
  locale: z.enum(LOCALES).optional(),
});
