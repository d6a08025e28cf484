import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, paymentLinks, payments } from "@/db/schema";
import { loadIyzicoAdapter, loadStripeAdapter, type PaymentDeps } from "./load-payment-adapter";
import { recordProviderPayment } from "./record-provider-payment";

export type PublicPaymentLink = {
  status: "open" | "paid" | "expired" | "canceled" | "processing" | "failed";
  provider: "iyzico" | "stripe";
  amountMinor: number;
  currency: string;
  orderNumber: string;
  expiresAt: string;
  /** Stripe only, while open: what Stripe.js needs. */
  stripe: { publishableKey: string; clientSecret: string } | null;
  /** iyzico only, while open: the hosted page. */
  iyzicoUrl: string | null;
  failureKey: string | null;
};

/**
 * What the public `/pay/{id}` page shows. The payment's state is read back from the provider (never from what the
 * browser says), so a buyer returning from the payment sees the truth. Null for an unknown id.
 */
export async function getPaymentLink(options: {
  db: Db;
  id: string;
  deps?: PaymentDeps;
  now?: Date;
}): Promise<PublicPaymentLink | null> {
  const { db } = options;
  if (!/^[\w-]{20,64}$/.test(options.id)) return null;
  const [row] = await db
    .select({ link: paymentLinks, orderNumber: orders.remoteOrderNumber })
    .from(paymentLinks)
    .innerJoin(orders, eq(orders.id, paymentLinks.orderId))
    .where(eq(paymentLinks.id, options.id))
    .limit(1);
  if (!row) return null;
  const { link } = row;
  const base = {
    provider: link.provider,
    amountMinor: link.amountKurus,
    currency: link.currency,
    orderNumber: row.orderNumber,
    expiresAt: link.expiresAt.toISOString(),
    stripe: null,
    iyzicoUrl: null,
    failureKey: null,
  };
  if (link.status === "paid" || link.status === "canceled") return { ...base, status: link.status };
  const isExpired = link.expiresAt.getTime() <= (options.now ?? new Date()).getTime();

  if (link.provider === "stripe") {
    const { adapter, credentials } = await loadStripeAdapter(db, options.deps);
    const payment = await adapter.retrievePayment(link.providerRef);
    await recordProviderPayment({ db, payment, source: "link", type: "payment_link.viewed" });
    if (payment.status === "succeeded") {
      await db.update(paymentLinks).set({ status: "paid" }).where(eq(paymentLinks.id, link.id));
      return { ...base, status: "paid" };
    }
    if (payment.status === "processing") return { ...base, status: "processing" };
    if (isExpired) return { ...base, status: "expired" };
    const clientSecret = (payment.raw as { client_secret?: string }).client_secret ?? "";
    return {
      ...base,
      status: "open",
      failureKey: payment.failure?.messageKey ?? null,
      stripe: { publishableKey: credentials.publishable_key, clientSecret },
    };
  }
  const [paid] = await db
    .select({ status: payments.status })
    .from(payments)
    .where(eq(payments.conversationId, link.conversationId ?? ""))
    .limit(1);
  if (paid?.status === "succeeded") return { ...base, status: "paid" };
  if (isExpired) return { ...base, status: "expired" };
  return { ...base, status: paid?.status === "failed" ? "failed" : "open", iyzicoUrl: link.providerUrl };
}

/** iyzico posts the checkout-form `token` back to us: read the result from iyzico, record it, mark the link. */
export async function completeIyzicoCheckout(options: {
  db: Db;
  linkId: string;
  token: string;
  deps?: PaymentDeps;
}): Promise<void> {
  const { db } = options;
  const [link] = await db.select().from(paymentLinks).where(eq(paymentLinks.id, options.linkId)).limit(1);
  if (!link || link.provider !== "iyzico" || link.providerRef !== options.token) return;
  const { adapter } = await loadIyzicoAdapter(db, options.deps);
  const payment = await adapter.retrieveCheckoutForm({
    token: options.token,
    conversationId: link.conversationId ?? undefined,
  });
  await recordProviderPayment({
    db,
    payment,
    source: "link",
    type: "checkout_form.completed",
    conversationId: link.conversationId ?? undefined,
  });
  if (payment.status === "succeeded")
    await db.update(paymentLinks).set({ status: "paid" }).where(eq(paymentLinks.id, link.id));
}
