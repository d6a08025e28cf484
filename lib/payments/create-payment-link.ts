import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations, orders, paymentLinks, type Order } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { amountDue } from "./amount-due";
import { loadIyzicoAdapter, loadStripeAdapter, type PaymentDeps, type PaymentProviderId } from "./load-payment-adapter";
import { toPaymentAppError } from "./payment-error";
import { recordProviderPayment } from "./record-provider-payment";

/** A Köprü (Stripe) link lives a week; iyzico's checkout-form token sets its own life (30 minutes in the samples). */
export const STRIPE_LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const newLinkId = () => randomBytes(24).toString("base64url");

function buyerOf(order: Order, ip: string) {
  const [name = "Müşteri", ...rest] = (order.customerName ?? "").trim().split(/\s+/).filter(Boolean);
  const address = order.shippingAddress ?? {};
  return {
    id: `order-${order.id}`,
    name,
    surname: rest.join(" ") || name,
    email: order.customerEmail ?? "musteri@example.invalid",
    address: address.address ?? address.fullAddress ?? "-",
    city: address.city ?? "İstanbul",
    country: address.country ?? "Turkey",
    ip,
  };
}

async function activePaymentProvider(db: Db, wanted?: PaymentProviderId): Promise<PaymentProviderId> {
  const rows = await db.select({ id: integrations.id, isActive: integrations.isActive }).from(integrations);
  const active = rows
    .filter((row) => row.isActive && (row.id === "iyzico" || row.id === "stripe"))
    .map((row) => row.id as PaymentProviderId);
  const chosen = wanted ? active.find((id) => id === wanted) : active[0];
  if (!chosen)
    throw new AppError("invalid_input", "No payment provider is active", {
      messageKey: "errors.payments.no_provider_configured",
      params: {},
    });
  return chosen;
}

/**
 * "Request payment": a link for the amount the order still owes. iyzico: its hosted checkout page
 * (`paymentPageUrl`); Stripe: our public `/pay/{id}` page around a PaymentIntent. The id is 192 random bits.
 */
export async function createPaymentLink(options: {
  db: Db;
  orderId: number;
  provider?: PaymentProviderId;
  /** Where buyers reach Köprü (KOPRU_PUBLIC_URL, else the request's origin). */
  publicUrl: string;
  createdBy?: string;
  ip?: string;
  deps?: PaymentDeps;
  now?: Date;
}) {
  const { db } = options;
  const now = options.now ?? new Date();
  const [order] = await db.select().from(orders).where(eq(orders.id, options.orderId)).limit(1);
  if (!order)
    throw new AppError("not_found", `Order ${options.orderId} not found`, {
      messageKey: "errors.payments.order_not_found",
      params: { orderId: options.orderId },
    });
  const due = await amountDue(db, order);
  if (due <= 0)
    throw new AppError("invalid_input", "Nothing is left to pay on this order", {
      messageKey: "errors.payments.nothing_due",
      params: {},
    });
  const provider = await activePaymentProvider(db, options.provider);
  const id = newLinkId();
  const base = options.publicUrl.replace(/\/+$/, "");
  try {
    if (provider === "iyzico") {
      const { adapter } = await loadIyzicoAdapter(db, options.deps);
      const conversationId = `link-${id.slice(0, 16)}`;
      const form = await adapter.initializeCheckoutForm({
        conversationId,
        basketId: String(order.id),
        amountMinor: due,
        currency: order.currency,
        buyer: buyerOf(order, options.ip ?? "127.0.0.1"),
        items: [
          { id: `order-${order.id}`, name: `Sipariş ${order.remoteOrderNumber}`, category: "Sipariş", priceMinor: due },
        ],
        callbackUrl: `${base}/api/payments/iyzico/callback?link=${id}`,
      });
      const [link] = await db
        .insert(paymentLinks)
        .values({
          id,
          orderId: order.id,
          provider,
          amountKurus: due,
          currency: order.currency,
          providerRef: form.token,
          providerUrl: form.paymentPageUrl,
          conversationId,
          expiresAt: new Date(now.getTime() + form.expiresInSeconds * 1000),
          createdBy: options.createdBy,
        })
        .returning();
      return { link: link!, url: form.paymentPageUrl };
    }
    const { adapter } = await loadStripeAdapter(db, options.deps);
    const intent = await adapter.createPaymentIntent({
      amountMinor: due,
      currency: order.currency,
      orderId: String(order.id),
      idempotencyKey: `link:${id}`,
      description: `Order ${order.remoteOrderNumber}`,
      receiptEmail: order.customerEmail,
    });
    await recordProviderPayment({
      db,
      payment: await adapter.retrievePayment(intent.paymentIntentId),
      source: "link",
      type: "payment_link.created",
    });
    const [link] = await db
      .insert(paymentLinks)
      .values({
        id,
        orderId: order.id,
        provider,
        amountKurus: due,
        currency: order.currency,
        providerRef: intent.paymentIntentId,
        expiresAt: new Date(now.getTime() + STRIPE_LINK_LIFETIME_MS),
        createdBy: options.createdBy,
      })
      .returning();
    return { link: link!, url: `${base}/pay/${id}` };
  } catch (error) {
    throw toPaymentAppError(error);
  }
}
