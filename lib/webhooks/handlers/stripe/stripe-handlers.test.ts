import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { alerts, payments } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { deliver, sampleDelivery, type SampleDelivery } from "../test-delivery";

type StripeBody = { created: number; data: { object: Record<string, unknown> } };

/** A Stripe sample about payment intent `pi` at `created` (Unix seconds). */
function stripeEvent(type: string, pi: string, created: number): SampleDelivery {
  const delivery = sampleDelivery("stripe", type);
  const body = delivery.body as StripeBody;
  body.created = created;
  if (type.startsWith("payment_intent.")) body.data.object.id = pi;
  else body.data.object.payment_intent = pi;
  return delivery;
}

describeWithDatabase("Stripe webhook handlers", (database) => {
  const paymentRows = (pi: string) => database().db.select().from(payments).where(eq(payments.remoteId, pi));

  it("records a succeeded payment intent once, however often it is delivered", async () => {
    const delivery = stripeEvent("payment_intent.succeeded", "pi_once", 1_767_000_000);
    expect(await deliver(database().db, delivery)).toMatchObject({
      outcome: "processed",
      note: "payment pi_once created",
    });
    expect((await deliver(database().db, delivery)).note).toMatch(/unchanged/);
    const rows = await paymentRows("pi_once");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      provider: "stripe",
      status: "succeeded",
      amountKurus: 124990,
      currency: "TRY",
      orderRef: "1001",
      failureMessage: null,
    });
  });

  it("lets a newer success replace a failure, and never lets a late failure regress a success", async () => {
    await deliver(database().db, stripeEvent("payment_intent.payment_failed", "pi_order", 1_767_000_100));
    expect((await paymentRows("pi_order"))[0]).toMatchObject({
      status: "failed",
      failureMessage: "card_declined (insufficient_funds)",
    });
    await deliver(database().db, stripeEvent("payment_intent.succeeded", "pi_order", 1_767_000_200));
    await deliver(database().db, stripeEvent("payment_intent.payment_failed", "pi_order", 1_767_000_150));
    const [row] = await paymentRows("pi_order");
    expect(row).toMatchObject({
      status: "succeeded",
      failureMessage: null,
      remoteUpdatedAt: new Date(1_767_000_200_000),
    });
  });

  it("records a cancelled payment intent", async () => {
    await deliver(database().db, stripeEvent("payment_intent.canceled", "pi_cancel", 1_767_000_000));
    expect((await paymentRows("pi_cancel"))[0]).toMatchObject({ status: "canceled" });
  });

  it("marks a refunded charge's payment refunded with the cumulative amount, keeping what the intent said", async () => {
    await deliver(database().db, stripeEvent("payment_intent.succeeded", "pi_refund", 1_767_000_000));
    await deliver(database().db, stripeEvent("charge.refunded", "pi_refund", 1_767_000_500));
    const [row] = await paymentRows("pi_refund");
    expect(row).toMatchObject({ status: "refunded", refundedKurus: 124990, amountKurus: 124990, orderRef: "1001" });
  });

  it("records a partial refund as partially refunded", async () => {
    const delivery = stripeEvent("charge.refunded", "pi_partial", 1_767_000_000);
    Object.assign((delivery.body as StripeBody).data.object, { amount_refunded: 24990, refunded: false });
    await deliver(database().db, delivery);
    expect((await paymentRows("pi_partial"))[0]).toMatchObject({ status: "partially_refunded", refundedKurus: 24990 });
  });

  it("marks a disputed payment and raises exactly one alert for the dispute", async () => {
    await deliver(database().db, stripeEvent("payment_intent.succeeded", "pi_dispute", 1_767_000_000));
    const dispute = stripeEvent("charge.dispute.created", "pi_dispute", 1_767_100_000);
    const disputeId = String((dispute.body as StripeBody).data.object.id);
    expect((await deliver(database().db, dispute)).note).toBe("alert raised; payment pi_dispute updated");
    expect((await deliver(database().db, dispute)).note).toMatch(/^alert already raised; payment pi_dispute unchanged/);

    expect((await paymentRows("pi_dispute"))[0]).toMatchObject({
      status: "disputed",
      disputeStatus: "needs_response",
      amountKurus: 124990,
      orderRef: "1001",
    });
    const raised = await database().db.select().from(alerts).where(eq(alerts.source, "stripe.dispute"));
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      integrationId: "stripe",
      resolvedAt: null,
      details: expect.objectContaining({ dispute_id: disputeId, payment_intent: "pi_dispute", reason: "fraudulent" }),
    });
    expect(raised[0]!.message).toContain("1249.90 TRY");
  });

  it("still alerts for a dispute that arrives after a newer payment event", async () => {
    await deliver(database().db, stripeEvent("charge.refunded", "pi_late_dispute", 1_767_200_000));
    await deliver(database().db, stripeEvent("charge.dispute.created", "pi_late_dispute", 1_767_100_000));
    expect((await paymentRows("pi_late_dispute"))[0]).toMatchObject({ status: "refunded", disputeStatus: null });
    const raised = await database().db.select().from(alerts).where(eq(alerts.source, "stripe.dispute"));
    expect(raised.map((alert) => alert.details?.payment_intent)).toContain("pi_late_dispute");
  });

  it("does not apply a lone refund as a delta", async () => {
    const result = await deliver(database().db, stripeEvent("refund.created", "pi_lone_refund", 1_767_000_000));
    expect(result.outcome).toBe("ignored");
    expect(await paymentRows("pi_lone_refund")).toEqual([]);
  });
});
