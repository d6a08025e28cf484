import { describeMailError, mailSettings, sendMail } from "./mailer";

export type AlertMessage = { subject: string; text: string };
export type AlertChannels = { emails: string[]; slackUrl: string | null };
export type ChannelResult = "sent" | "not_configured" | { error: string };
export type AlertDelivery = { email: ChannelResult; slack: ChannelResult };

const SLACK_TIMEOUT_MS = 10_000;

/** An error as a person may read it: the SMTP or Slack complaint, never the URL (which carries credentials). */
const failure = (error: unknown): { error: string } => ({ error: describeMailError(error) });

/**
 * Sends one message to every configured channel: e-mail through SMTP_URL (from KOPRU_ALERT_FROM) and the Slack-
 * compatible incoming webhook. A channel that fails does not stop the other.
 */
export async function sendAlert(options: {
  channels: AlertChannels;
  message: AlertMessage;
  smtpUrl?: string;
  from?: string;
  fetch?: typeof fetch;
}): Promise<AlertDelivery> {
  const { channels, message } = options;
  const { smtpUrl, from } = mailSettings(options);
  const doFetch = options.fetch ?? globalThis.fetch;
  const email = async (): Promise<ChannelResult> => {
    if (!smtpUrl || channels.emails.length === 0) return "not_configured";
    try {
      await sendMail({ smtpUrl, from, to: channels.emails, subject: message.subject, text: message.text });
      return "sent";
    } catch (error) {
      return failure(error);
    }
  };
  const slack = async (): Promise<ChannelResult> => {
    if (!channels.slackUrl) return "not_configured";
    try {
      const response = await doFetch(channels.slackUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: `*${message.subject}*\n${message.text}` }),
        redirect: "error",
        signal: AbortSignal.timeout(SLACK_TIMEOUT_MS),
      });
      return response.ok ? "sent" : { error: `The webhook answered HTTP ${response.status}` };
    } catch (error) {
      return failure(error);
    }
  };
  const [emailResult, slackResult] = await Promise.all([email(), slack()]);
  return { email: emailResult, slack: slackResult };
}

export const wasDelivered = (delivery: AlertDelivery) => delivery.email === "sent" || delivery.slack === "sent";
