import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { loadAlertSettingsRow, slackUrlOf } from "./alert-settings";
import { createAlertWriter } from "./compose-alert";
import { sendAlert, type AlertDelivery } from "./send-alert";

/** The "send test alert" button: one message to every configured channel, with each channel's result. */
export async function sendTestAlert(options: {
  db: Db;
  actor: Actor;
  smtpUrl?: string;
  fetch?: typeof fetch;
}): Promise<AlertDelivery> {
  const { db, actor } = options;
  const smtpUrl = options.smtpUrl ?? getEnv().SMTP_URL;
  const settings = await loadAlertSettingsRow(db);
  const slackUrl = slackUrlOf(settings);
  if (settings.emails.length === 0 && !slackUrl)
    throw new AppError("invalid_input", "Add an e-mail address or a Slack webhook URL first", {
      messageKey: "errors.alerts_no_channels",
    });
  if (settings.emails.length > 0 && !slackUrl && !smtpUrl)
    throw new AppError("invalid_input", "SMTP_URL is not set, so Köprü cannot send e-mail", {
      messageKey: "errors.alerts_smtp_not_configured",
    });
  const writer = await createAlertWriter(isLocale(settings.locale) ? settings.locale : "tr");
  const delivery = await sendAlert({
    channels: { emails: settings.emails, slackUrl },
    message: writer.test(actor.email),
    smtpUrl,
    fetch: options.fetch,
  });
  await recordAudit({
    db,
    actor,
    action: "alert.test_sent",
    targetType: "settings",
    targetId: "alerts",
    details: {
      email: typeof delivery.email === "string" ? delivery.email : "failed",
      slack: typeof delivery.slack === "string" ? delivery.slack : "failed",
    },
  });
  return delivery;
}
