import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/lib/env";

/** One transport per SMTP URL, reused for the life of the process. */
const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/**
 * Where Köprü's e-mail goes out: SMTP_URL, from KOPRU_ALERT_FROM. `smtpUrl` is undefined when e-mail is not set up
 * (an override of `null` says so whatever the environment holds).
 */
export function mailSettings(overrides: { smtpUrl?: string | null; from?: string } = {}) {
  const env = getEnv();
  return {
    smtpUrl: overrides.smtpUrl === null ? undefined : (overrides.smtpUrl ?? env.SMTP_URL),
    from: overrides.from ?? env.KOPRU_ALERT_FROM ?? "Köprü <kopru@localhost>",
  };
}

/** An SMTP failure as a person may read it: the server's complaint, never a URL (which carries credentials). */
export function describeMailError(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\b\w+:\/\/\S+/g, "[url]").slice(0, 300);
}

/** Sends one plain-text message through the SMTP server at `smtpUrl`; throws what the server or connection said. */
export async function sendMail(options: {
  smtpUrl: string;
  from: string;
  to: string | string[];
  subject: string;
  text: string;
}): Promise<void> {
  const { smtpUrl, ...message } = options;
  await transportFor(smtpUrl).sendMail(message);
}
