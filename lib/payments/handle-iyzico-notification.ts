import { and, desc, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { paymentEvents, payments, type WebhookEvent } from "@/db/schema";
import { iyzicoWebhookSchema } from "@/lib/providers/iyzico/wire";
import { IYZICO_SIGNATURE_HEADER } from "@/lib/providers/iyzico/webhook";
import { noteUnsignedIyzicoNotification, requireSignedIyzicoNotifications } from "./iyzico-notification-state";
import { loadIyzicoAdapter, type PaymentDeps } from "./load-payment-adapter";
import { recordProviderPayment } from "./record-provider-payment";

/** An unsigned notification about a payment read this recently causes no second read. */
export const UNSIGNED_READ_DEDUPE_MS = 60_000;

/**
 * An iyzico notification is a hint: it names a payment, and the payment is read back from iyzico (checkout-form
 * result by token, or payment detail by id). Nothing in the body sets state, so a forged unsigned delivery can at most
 * cause a read. The first signed delivery switches unsigned ones off.
 */
export async function handleIyzicoNotification(options: {
  db: Db;
  event: Pick<WebhookEvent, "headers" | "receivedAt">;
  payload: unknown;
  deps?: PaymentDeps;
}): Promise<{ outcome: "processed" | "ignored"; note: string }> {
  const { db } = options;
  const notification = iyzicoWebhookSchema.parse(options.payload);
  const isSigned = Object.hasOwn(options.event.headers, IYZICO_SIGNATURE_HEADER);
  if (isSigned) await requireSignedIyzicoNotifications({ db, signedSeenAt: options.event.receivedAt });
  else await noteUnsignedIyzicoNotification(db, options.event.receivedAt);
  const paymentId = notification.paymentId ?? notification.iyziPaymentId ?? null;
  if (!isSigned && paymentId && (await wasReadRecently(db, paymentId, options.event.receivedAt)))
    return { outcome: "ignored", note: `payment ${paymentId} was read from iyzico less than a minute ago` };
  const { adapter } = await loadIyzicoAdapter(db, options.deps);
  const read = notification.token
    ? await adapter.retrieveCheckoutForm({ token: notification.token })
    : await adapter.retrievePayment({ paymentId: paymentId ?? undefined });
  const row = await recordProviderPayment({
    db,
    payment: read,
    source: "webhook",
    type: `${notification.iyziEventType}.${notification.status}`,
    conversationId: notification.paymentConversationId || undefined,
    detail: { signed: isSigned },
  });
  return {
    outcome: "processed",
    note: `payment ${read.remoteId} read from iyzico: ${row.status}${isSigned ? "" : " (unsigned hint)"}`,
  };
}

async function wasReadRecently(db: Db, remoteId: string, now: Date): Promise<boolean> {
  const [recent] = await db
    .select({ id: paymentEvents.id })
    .from(paymentEvents)
    .innerJoin(payments, eq(payments.id, paymentEvents.paymentId))
    .where(
      and(
        eq(payments.provider, "iyzico"),
        eq(payments.remoteId, remoteId),
        gt(paymentEvents.at, new Date(now.getTime() - UNSIGNED_READ_DEDUPE_MS)),
      ),
    )
    .orderBy(desc(paymentEvents.at))
    .limit(1);
  return Boolean(recent);
}
