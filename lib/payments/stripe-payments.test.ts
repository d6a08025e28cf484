import { and, eq } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { POST as refund } from "@/app/api/payments/[id]/refund/route";
import { GET as getOne } from "@/app/api/payments/[id]/route";
import { GET as list } from "@/app/api/payments/route";
import { POST as createIntent } from "@/app/api/payments/stripe/create-payment-intent/route";
import { alerts, payments, webhookEvents } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { startStripeFake, type StripeFake } from "@/lib/providers/stripe/fake-server";
import { createTestActor, jsonRequest, routeParams } from "@/lib/testing/actors";
import { ingestWebhook } from "@/lib/webhooks/ingest-webhook";
import { processClaimedWebhookEvent, startWebhookEvent } from "@/lib/webhooks/process-webhook-event";
import { recoverStripeEvents } from "./recover-stripe-events";
import { configurePaymentIntegration, insertOrder } from "./testing";

const KEY = "sk_test_payments";
const WHSEC = "whsec_payments_test";
let fake: StripeFake;
beforeAll(async () => {
  fake = await startStripeFake({ secretKey: KEY });
});
afterAll(() => fake.close());

describeWithDatabase("Stripe payments", (database) => {
  let admin: { token: string };
  let viewer: { token: string };
  beforeAll(async () => {
    admin = await createTestActor(database().db, "admin");
    viewer = await createTestActor(database().db, "viewer");
  });
  beforeEach(async () => {
    fake.reset();
    await configurePaymentIntegration(
      database().db,
      "stripe",
      { base_url: fake.baseUrl, publishable_key: "pk_test_x" },
      { secret_key: KEY, webhook_secret: WHSEC },
    );
  });

  const post = (body: unknown, token = admin.token) =>
    createIntent(
      jsonRequest("/api/payments/stripe/create-payment-intent", { method: "POST", token, body }),
      routeParams({}),
    );

  /** Delivers a fake event the way Stripe does (signed with generateTestHeaderString) and runs its handler. */
  async function deliverEvent(eventId: string) {
    const event = fake.state.events.find((e) => e.id === eventId);
    const payload = JSON.stringify(event);
    const header = new Stripe("sk_unused").webhooks.generateTestHeaderString({ payload, secret: WHSEC });
    const { db } = database();
    const outcome = await ingestWebhook({
      db,
      provider: "stripe",
      rawBody: payload,
      headers: new Headers({ "stripe-signature": header }),
      ip: "127.0.0.1",
    });
    expect(outcome.status).toBe(200);
    const stored = (outcome.body as { id?: number }).id;
    if (stored === undefined) return outcome;
    const claimed = await startWebhookEvent(db, stored);
    return claimed ? processClaimedWebhookEvent({ db, event: claimed, scheduleRetry: false }) : outcome;
  }
  const eventOf = (type: string, pi: string) =>
    fake.state.events.find((e) => e.type === type && JSON.stringify(e.data).includes(pi))?.id ?? "";

  it("create-payment-intent: {amount, currency, orderId} → {clientSecret, paymentIntentId}, in minor units", async () => {
    const orderId = await insertOrder(database().db);
    const response = await post({ amount: "1249.90", currency: "try", orderId });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { clientSecret: string; paymentIntentId: string };
    expect(Object.keys(body).sort()).toEqual(["clientSecret", "paymentIntentId"]);
    expect(body.clientSecret).toMatch(/^pi_\w+_secret_/);
    expect(fake.state.intents.get(body.paymentIntentId)).toMatchObject({
      amount: 124990,
      currency: "try",
      metadata: { order_id: String(orderId) },
    });
    const [row] = await database().db.select().from(payments).where(eq(payments.remoteId, body.paymentIntentId));
    expect(row).toMatchObject({ status: "pending", orderRef: String(orderId), amountKurus: 124990 });
  });

  it.each([
    [{ amount: 12.345, currency: "TRY" }, "amount"],
    [{ amount: -5, currency: "TRY" }, "amount"],
    [{ amount: 10, currency: "XYZ" }, "currency"],
    [{ amount: 10.5, currency: "JPY" }, "amount"],
    [{ amount: 10, currency: "TRY", orderId: 999999 }, "orderId"],
  ])("create-payment-intent refuses %o (400 naming %s) and sends nothing", async (input, path) => {
    const orderId = await insertOrder(database().db);
    const response = await post({ orderId, ...input });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain(path);
    expect(fake.state.requests["POST /v1/payment_intents"]).toBeUndefined();
  });

  it("create-payment-intent needs a signed-in admin", async () => {
    const orderId = await insertOrder(database().db);
    expect((await post({ amount: 10, currency: "TRY", orderId }, viewer.token)).status).toBe(403);
    expect((await post({ amount: 10, currency: "TRY", orderId }, "nope")).status).toBe(401);
  });

  it("a signed webhook re-reads the intent; a refund beyond what is left is a 400 with nothing sent; a retried refund refunds once", async () => {
    const { db } = database();
    const orderId = await insertOrder(db);
    const { paymentIntentId } = (await (await post({ amount: 100, currency: "TRY", orderId })).json()) as {
      paymentIntentId: string;
    };
    fake.confirm(paymentIntentId);
    await deliverEvent(eventOf("payment_intent.succeeded", paymentIntentId));
    const [row] = await db.select().from(payments).where(eq(payments.remoteId, paymentIntentId));
    expect(row).toMatchObject({ status: "succeeded", amountKurus: 10000, method: { brand: "visa", last4: "4242" } });

    const refundRequest = (amount: number | undefined, key: string) =>
      refund(
        new Request(`http://localhost/api/payments/${row!.id}/refund`, {
          method: "POST",
          headers: {
            authorization: `Bearer ${admin.token}`,
            "content-type": "application/json",
            "idempotency-key": key,
          },
          body: JSON.stringify(amount === undefined ? {} : { amount }),
        }),
        routeParams({ id: String(row!.id) }),
      );
    const tooMuch = await refundRequest(10001, "r-0");
    expect(tooMuch.status).toBe(400);
    expect(await tooMuch.json()).toMatchObject({
      messageKey: "errors.payments.refund_exceeds_remaining",
      params: { remaining: 10000 },
    });
    expect(fake.state.requests["POST /v1/refunds"]).toBeUndefined();

    expect((await refundRequest(2500, "r-1")).status).toBe(200);
    const replay = await refundRequest(2500, "r-1");
    expect(await replay.json()).toMatchObject({ replayed: true });
    expect(fake.state.refunds.size).toBe(1);
    const detail = (await (
      await getOne(
        jsonRequest(`/api/payments/${row!.id}`, { token: viewer.token }),
        routeParams({ id: String(row!.id) }),
      )
    ).json()) as Record<string, unknown>;
    expect(detail).toMatchObject({ status: "partially_refunded", refundedMinor: 2500, remainingRefundableMinor: 7500 });
    expect((detail.timeline as { type: string }[]).map((e) => e.type)).toEqual([
      "payment_intent.created",
      "payment_intent.succeeded",
      "refund.created",
    ]);
    const rest = await refundRequest(undefined, "r-2");
    expect(await rest.json()).toMatchObject({ refund: { amountKurus: 7500 }, payment: { status: "refunded" } });

    const listed = (await (
      await list(
        jsonRequest(`/api/payments?provider=stripe&order=${orderId}`, { token: viewer.token }),
        routeParams({}),
      )
    ).json()) as { items: { id: number }[] };
    expect(listed.items.map((p) => p.id)).toEqual([row!.id]);
  });

  it("a dispute opens one alert on the order with the evidence due date", async () => {
    const { db } = database();
    const orderId = await insertOrder(db);
    const { paymentIntentId } = (await (await post({ amount: 50, currency: "TRY", orderId })).json()) as {
      paymentIntentId: string;
    };
    fake.confirm(paymentIntentId, "pm_card_createDispute");
    const disputeEvent = eventOf("charge.dispute.created", paymentIntentId);
    await deliverEvent(disputeEvent);
    fake.state.events.find((e) => e.id === disputeEvent)!.id = `${disputeEvent}x`;
    await deliverEvent(`${disputeEvent}x`);
    const raised = await db
      .select()
      .from(alerts)
      .where(and(eq(alerts.source, "stripe.dispute")));
    const mine = raised.filter((a) => a.details?.order_ref === String(orderId));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.details).toMatchObject({
      messageKey: "errors.payments.dispute_opened",
      due_by: expect.any(String),
    });
    const [row] = await db.select().from(payments).where(eq(payments.remoteId, paymentIntentId));
    expect(row).toMatchObject({ status: "disputed", disputeStatus: "needs_response" });
  });

  it("recovers events a webhook never delivered, once", async () => {
    const { db } = database();
    const orderId = await insertOrder(db);
    const { paymentIntentId } = (await (await post({ amount: 75, currency: "TRY", orderId })).json()) as {
      paymentIntentId: string;
    };
    fake.confirm(paymentIntentId);
    const first = await recoverStripeEvents({ db });
    expect(first.recovered).toBeGreaterThanOrEqual(1);
    const [row] = await db.select().from(payments).where(eq(payments.remoteId, paymentIntentId));
    expect(row?.status).toBe("succeeded");
    const again = await recoverStripeEvents({ db });
    expect(again.recovered).toBe(0);
    const stored = await db
      .select()
      .from(webhookEvents)
      .where(eq(webhookEvents.providerEventId, eventOf("payment_intent.succeeded", paymentIntentId)));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.status).toBe("processed");
  });
});
