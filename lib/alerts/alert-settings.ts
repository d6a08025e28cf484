import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { alertSettings, type AlertSettingsRow } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { SLACK_URL_CONTEXT, decryptSecret, encryptSecret } from "@/lib/credentials/cipher";
import { getKeyring } from "@/lib/credentials/keyring";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { maskSecret } from "@/lib/integrations/integration-view";

export const alertSettingsSchema = z.object({
  emails: z.array(z.email()).max(20),
  /** Omitted keeps the stored URL; null or "" removes it. */
  slack_webhook_url: z.union([z.url({ protocol: /^https?$/ }), z.literal(""), z.null()]).optional(),
  consecutive_failures: z.number().int().min(1).max(1000).optional(),
  degraded_after_minutes: z.number().int().min(0).max(10_080).optional(),
  stuck_after_minutes: z.number().int().min(1).max(10_080).optional(),
  locale: z.enum(LOCALES).optional(),
});
export type AlertSettingsInput = z.infer<typeof alertSettingsSchema>;

/** What the API answers: the Slack URL only masked, since it is a credential. */
export type AlertSettingsView = {
  emails: string[];
  slack_webhook_url: string | null;
  consecutive_failures: number;
  degraded_after_minutes: number;
  stuck_after_minutes: number;
  locale: Locale;
};

export const DEFAULT_ALERT_SETTINGS = {
  emails: [] as string[],
  slackWebhookCiphertext: null,
  slackWebhookHint: null,
  consecutiveFailures: 3,
  degradedAfterMinutes: 30,
  stuckAfterMinutes: 30,
  locale: "tr",
  digestSentAt: null,
} satisfies Omit<AlertSettingsRow, "id" | "updatedAt">;

export async function loadAlertSettingsRow(db: Db): Promise<Omit<AlertSettingsRow, "id" | "updatedAt">> {
  const [row] = await db.select().from(alertSettings).where(eq(alertSettings.id, 1)).limit(1);
  return row ?? DEFAULT_ALERT_SETTINGS;
}

export const toAlertSettingsView = (row: Omit<AlertSettingsRow, "id" | "updatedAt">): AlertSettingsView => ({
  emails: row.emails,
  slack_webhook_url: row.slackWebhookHint ? maskSecret(row.slackWebhookHint) : null,
  consecutive_failures: row.consecutiveFailures,
  degraded_after_minutes: row.degradedAfterMinutes,
  stuck_after_minutes: row.stuckAfterMinutes,
  locale: (LOCALES as readonly string[]).includes(row.locale) ? (row.locale as Locale) : "tr",
});

export async function getAlertSettings(options: { db: Db }): Promise<AlertSettingsView> {
  return toAlertSettingsView(await loadAlertSettingsRow(options.db));
}

/** The decrypted Slack URL, for sending only. */
export function slackUrlOf(row: Pick<AlertSettingsRow, "slackWebhookCiphertext">): string | null {
  return row.slackWebhookCiphertext ? decryptSecret(row.slackWebhookCiphertext, getKeyring(), SLACK_URL_CONTEXT) : null;
}

export async function saveAlertSettings(options: { db: Db; actor: Actor; input: AlertSettingsInput }) {
  const { db, actor } = options;
  const input = alertSettingsSchema.parse(options.input);
  const slack =
    input.slack_webhook_url === undefined
      ? {}
      : input.slack_webhook_url
        ? {
            slackWebhookCiphertext: encryptSecret(input.slack_webhook_url, getKeyring(), SLACK_URL_CONTEXT),
            slackWebhookHint: input.slack_webhook_url.slice(-4),
          }
        : { slackWebhookCiphertext: null, slackWebhookHint: null };
  const values = {
    emails: [...new Set(input.emails.map((email) => email.toLowerCase()))],
    ...slack,
    ...(input.consecutive_failures !== undefined && { consecutiveFailures: input.consecutive_failures }),
    ...(input.degraded_after_minutes !== undefined && { degradedAfterMinutes: input.degraded_after_minutes }),
    ...(input.stuck_after_minutes !== undefined && { stuckAfterMinutes: input.stuck_after_minutes }),
    ...(input.locale !== undefined && { locale: input.locale }),
    updatedAt: new Date(),
  };
  const [row] = await db
    .insert(alertSettings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: alertSettings.id, set: values })
    .returning();
  await recordAudit({
    db,
    actor,
    action: "alert_settings.updated",
    targetType: "settings",
    targetId: "alerts",
    details: { emails: values.emails.length, slack_changed: input.slack_webhook_url !== undefined },
  });
  return toAlertSettingsView(row!);
}
