import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, paymentLinks } from "@/db/schema";
import { describeMailError, mailSettings, sendMail } from "@/lib/alerts/mailer";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { currencyDigits } from "./currency";

/** The address with its local part hidden, for the audit log (which outlives a customer's redaction). */
export const maskEmail = (email: string) => email.replace(/^(.)[^@]*(@.*)$/, "$1***$2");

/** A payment link's URL: iyzico's hosted page, or Köprü's own `/pay/{id}` for Stripe. */
export function paymentLinkUrl(link: { id: string; providerUrl: string | null }, publicUrl: string): string {
  return link.providerUrl ?? `${publicUrl.replace(/\/+$/, "")}/pay/${link.id}`;
}

export function formatMinor(minor: number, currency: string, locale: Locale): string {
  const code = currency.toUpperCase();
  return new Intl.NumberFormat(locale, { style: "currency", currency: code }).format(
    minor / 10 ** currencyDigits(code),
  );
}

/**
 * "Send by e-mail" on a payment link: a plain-text message in the buyer's language with the link and the amount, sent
 * through the console's SMTP server (SMTP_URL, from KOPRU_ALERT_FROM). Refused with a coded error when e-mail is not
 * set up or the link can no longer be paid; the SMTP server's complaint is kept apart from our sentence. Audited.
 */
export async function emailPaymentLink(options: {
  db: Db;
  actor: Actor;
  linkId: string;
  to: string;
  locale: Locale;
  publicUrl: string;
  /** Tests: the SMTP server to use, or `null` for none; otherwise SMTP_URL. */
  smtpUrl?: string | null;
  from?: string;
  now?: Date;
}): Promise<{ sentTo: string }> {
  const { db, actor } = options;
  const { smtpUrl, from } = mailSettings({ smtpUrl: options.smtpUrl, from: options.from });
  const [row] = await db
    .select({ link: paymentLinks, orderNumber: orders.remoteOrderNumber })
    .from(paymentLinks)
    .innerJoin(orders, eq(orders.id, paymentLinks.orderId))
    .where(eq(paymentLinks.id, options.linkId))
    .limit(1);
  if (!row)
    throw new AppError("not_found", "No such payment link", {
      messageKey: "errors.payments.link_not_found",
      params: {},
    });
  const { link, orderNumber } = row;
  if (link.status !== "open" || link.expiresAt <= (options.now ?? new Date()))
    throw new AppError("conflict", "This payment link can no longer be paid; request a new one", {
      messageKey: "errors.payments.link_not_open",
      params: {},
    });
  if (!smtpUrl)
    throw new AppError("invalid_input", "SMTP_URL is not set, so Köprü cannot send e-mail", {
      messageKey: "errors.payments.email_not_configured",
      params: {},
    });
  const t = await getServerTranslator(options.locale);
  const amount = formatMinor(link.amountKurus, link.currency, options.locale);
  const url = paymentLinkUrl(link, options.publicUrl);
  const subject = t("payments.linkEmail.subject", { order: orderNumber }) ?? `Payment link for order ${orderNumber}`;
  const text = t("payments.linkEmail.body", { order: orderNumber, amount, url }) ?? `${amount}: ${url}`;
  try {
    await sendMail({ smtpUrl, from, to: options.to, subject, text });
  } catch (error) {
    throw new AppError("provider_unavailable", "The SMTP server did not accept the message", {
      messageKey: "errors.payments.email_failed",
      params: {},
      smtpMessage: describeMailError(error),
    });
  }
  await db.update(paymentLinks).set({ emailedTo: options.to }).where(eq(paymentLinks.id, link.id));
  await recordAudit({
    db,
    actor,
    action: "payment.link_emailed",
    targetType: "order",
    targetId: String(link.orderId),
    details: { link: link.id, provider: link.provider, to: maskEmail(options.to), locale: options.locale },
  });
  return { sentTo: options.to };
}
