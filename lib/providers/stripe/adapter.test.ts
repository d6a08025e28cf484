import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startStripeFake, type StripeFake } from "./fake-server";
import { createStripeAdapter } from "./adapter";

const KEY = "sk_test_fake_key";
let fake: StripeFake;
const adapter = (secretKey = KEY, baseUrl?: string) =>
  createStripeAdapter({ secretKey, baseUrl: baseUrl ?? fake.baseUrl, maxNetworkRetries: 0 });

beforeAll(async () => {
  fake = await startStripeFake({ secretKey: KEY });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const create = (orderId = "42", attempt = "1", amountMinor = 124990) =>
  adapter().createPaymentIntent({ amountMinor, currency: "TRY", orderId, idempotencyKey: `pi:${orderId}:${attempt}` });

describe("Stripe adapter against the fake", () => {
  it("creates a PaymentIntent in minor units with automatic payment methods and our order id, once per attempt", async () => {
    const first = await create();
    expect(first.clientSecret).toMatch(new RegExp(`^${first.paymentIntentId}_secret_`));
    const intent = fake.state.intents.get(first.paymentIntentId);
    expect(intent).toMatchObject({
      amount: 124990,
      currency: "try",
      metadata: { order_id: "42" },
      automatic_payment_methods: { enabled: true },
    });
    expect((await create()).paymentIntentId).toBe(first.paymentIntentId);
    expect((await create("42", "2")).paymentIntentId).not.toBe(first.paymentIntentId);
    expect(fake.state.intents.size).toBe(2);
  });

  it("reads a paid intent back with its card and refunds partially, then the rest, each attempt once", async () => {
    const { paymentIntentId } = await create();
    fake.confirm(paymentIntentId);
    expect(await adapter().retrievePayment(paymentIntentId)).toMatchObject({
      status: "succeeded",
      amountMinor: 124990,
      refundedMinor: 0,
      orderRef: "42",
      currency: "TRY",
      method: { brand: "visa", last4: "4242", family: "credit" },
    });
    const refund = { paymentIntentId, amountMinor: 24990, idempotencyKey: "refund:42:1" };
    const first = await adapter().refund(refund);
    const retried = await adapter().refund(refund);
    expect(retried.remoteId).toBe(first.remoteId);
    expect(fake.state.refunds.size).toBe(1);
    await expect(adapter().refund({ ...refund, amountMinor: 100 })).rejects.toMatchObject({
      messageKey: "stripe_idempotency_conflict",
    });
    await adapter().refund({ paymentIntentId, idempotencyKey: "refund:42:2" });
    expect(await adapter().retrievePayment(paymentIntentId)).toMatchObject({ refundedMinor: 124990 });
    await expect(
      adapter().refund({ paymentIntentId, amountMinor: 1, idempotencyKey: "refund:42:3" }),
    ).rejects.toMatchObject({ kind: "invalid_request" });
  });

  it("reports a decline with our key, cancels an unpaid intent, reads a dispute's evidence due date", async () => {
    const declined = await create("43");
    fake.confirm(declined.paymentIntentId, "pm_card_visa_chargeDeclinedInsufficientFunds");
    expect(await adapter().retrievePayment(declined.paymentIntentId)).toMatchObject({
      status: "failed",
      failure: { code: "insufficient_funds", messageKey: "errors.payments.insufficient_funds" },
    });
    expect(await adapter().cancelPaymentIntent(declined.paymentIntentId, "cancel:43")).toMatchObject({
      status: "canceled",
    });
    const disputed = await create("44");
    fake.confirm(disputed.paymentIntentId, "pm_card_createDispute");
    const [dispute] = await adapter().listDisputes(disputed.paymentIntentId);
    expect(dispute).toMatchObject({
      paymentRemoteId: disputed.paymentIntentId,
      status: "needs_response",
      reason: "fraudulent",
    });
    expect(dispute?.evidenceDueBy?.getTime()).toBeGreaterThan(Date.now());
    expect(await adapter().retrieveDispute(dispute?.remoteId ?? "")).toEqual(dispute);
  });

  it("lists the events since a time, oldest first, across pages, only the types we act on", async () => {
    const since = new Date(Date.now() - 1000);
    for (let i = 0; i < 60; i++) fake.confirm((await create(String(i))).paymentIntentId);
    const events = await adapter().listEventsSince(since);
    expect(events).toHaveLength(60);
    expect(events.every((e) => e.type === "payment_intent.succeeded")).toBe(true);
    const orderIds = events.map(
      (e) => (e.data.object as unknown as { metadata: { order_id: string } }).metadata.order_id,
    );
    expect(orderIds[0]).toBe("0");
    expect(orderIds[59]).toBe("59");
  });

  it("tells a wrong key from an unreachable Stripe", async () => {
    await expect(adapter().testConnection()).resolves.toBeUndefined();
    await expect(adapter("sk_test_wrong").testConnection()).rejects.toMatchObject({
      kind: "auth",
      messageKey: "stripe_bad_key",
      providerMessage: null,
    });
    await expect(adapter(KEY, "http://127.0.0.1:9").testConnection()).rejects.toMatchObject({ kind: "network" });
    fake.state.mode = "rate_limit";
    await expect(adapter().testConnection()).rejects.toMatchObject({ kind: "rate_limited" });
  });
});
