import { and, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alertSettings, integrationHealth, issues } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { loadAlertSettingsRow, slackUrlOf } from "./alert-settings";
import { createAlertWriter, type AlertIssue, type AlertStreak } from "./compose-alert";
import { sendAlert, wasDelivered, type AlertChannels, type AlertMessage } from "./send-alert";

/** At most one message per issue per hour; more new issues than this at once go out as one digest. */
export const ALERT_EVERY_MS = 60 * 60_000;
export const DIGEST_AT = 5;

export type AlertSender = (channels: AlertChannels, message: AlertMessage) => Promise<boolean>;

/**
 * One pass of the alerter (run every minute or so): issues that opened, or came back after their hour of quiet, and
 * integrations that just crossed the "N failures in a row" line are told to the configured channels. An issue is
 * marked as told only when a message went out, so a mail server that is down means a retry on the next pass.
 */
export async function dispatchAlerts(options: { db: Db; now?: Date; smtpUrl?: string; send?: AlertSender }) {
  const { db } = options;
  const now = options.now ?? new Date();
  const smtpUrl = options.smtpUrl ?? getEnv().SMTP_URL;
  const send: AlertSender =
    options.send ?? (async (channels, message) => wasDelivered(await sendAlert({ channels, message, smtpUrl })));
  // A mute that has run out ends here too, so the issue can be told again.
  await db
    .update(issues)
    .set({ status: "open", mutedUntil: null })
    .where(and(eq(issues.status, "muted"), lte(issues.mutedUntil, now)));

  const settings = await loadAlertSettingsRow(db);
  const channels: AlertChannels = {
    emails: smtpUrl ? settings.emails : [],
    slackUrl: slackUrlOf(settings),
  };
  if (channels.emails.length === 0 && !channels.slackUrl) return { messages: 0, issues: 0 };

  const quietSince = new Date(now.getTime() - ALERT_EVERY_MS);
  const due: AlertIssue[] = await db
    .select()
    .from(issues)
    .where(
      and(
        eq(issues.status, "open"),
        or(
          isNull(issues.notifiedAt),
          and(lte(issues.notifiedAt, quietSince), sql`${issues.lastSeenAt} > ${issues.notifiedAt}`),
        ),
      ),
    )
    .orderBy(issues.id)
    .limit(200);
  const streakRows = await db
    .select()
    .from(integrationHealth)
    .where(
      and(
        gte(integrationHealth.consecutiveFailures, settings.consecutiveFailures),
        isNull(integrationHealth.streakNotifiedAt),
      ),
    );
  const streaks: AlertStreak[] = streakRows.map((row) => ({
    integrationId: row.integrationId,
    count: row.consecutiveFailures,
    error: row.lastError,
  }));
  if (due.length === 0 && streaks.length === 0) return { messages: 0, issues: 0 };

  const writer = await createAlertWriter(isLocale(settings.locale) ? settings.locale : "tr");
  const batches: { message: AlertMessage; issueIds: number[]; integrationIds: string[] }[] = [];
  if (due.length > DIGEST_AT) {
    batches.push({
      message: writer.digest(due, streaks),
      issueIds: due.map((issue) => issue.id),
      integrationIds: streaks.map((streak) => streak.integrationId),
    });
  } else {
    const integrationIds = [
      ...new Set([...due.map((issue) => issue.integrationId), ...streaks.map((s) => s.integrationId)]),
    ];
    for (const integrationId of integrationIds) {
      const own = due.filter((issue) => issue.integrationId === integrationId);
      const streak = streaks.find((candidate) => candidate.integrationId === integrationId);
      batches.push({
        message: writer.forIntegration(integrationId, own, streak),
        issueIds: own.map((issue) => issue.id),
        integrationIds: streak ? [integrationId] : [],
      });
    }
  }

  let messages = 0;
  let told = 0;
  for (const batch of batches) {
    if (!(await send(channels, batch.message))) continue;
    messages += 1;
    told += batch.issueIds.length;
    if (batch.issueIds.length)
      await db.update(issues).set({ notifiedAt: now }).where(inArray(issues.id, batch.issueIds));
    if (batch.integrationIds.length)
      await db
        .update(integrationHealth)
        .set({ streakNotifiedAt: now })
        .where(inArray(integrationHealth.integrationId, batch.integrationIds));
  }
  if (due.length > DIGEST_AT && messages > 0)
    await db.update(alertSettings).set({ digestSentAt: now }).where(eq(alertSettings.id, 1));
  return { messages, issues: told };
}
