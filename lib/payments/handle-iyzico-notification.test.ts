import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { paymentEvents, payments } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { startIyzicoFake, type IyzicoFake } from "@/lib/providers/iyzico/fake-server";
import { createIyzicoAdapter } from "@/lib/providers/iyzico";
import { ingestWebhook } from "@/lib/webhooks/ingest-webhook";
import { getIyzicoNotificationState } from "./iyzico-notification-state";
import { handleIyzicoNotification } from "./handle-iyzico-notification";
import { configurePaymentIntegration } from "./testing";

const API_KEY = "sandbox-notify-api";
const SECRET = "sandbox-notify-secret";
let fake: IyzicoFake;
beforeAll(async () => {
  fake = await startIyzicoFake({ apiKey: API_KEY, secretKey: SECRET });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

async function payAtFake(cardNumber: string): Promise<{ paymentId: string; conversationId: string }> {
  const adapter = createIyzicoAdapter({ baseUrl: fake.baseUrl, apiKey: API_KEY, secretKey: SECRET });
  const conversationId = `conv-${Math.random().toString(36).slice(2)}`;
  const init = await adapter.initializeThreeDs({
    conversationId,
    basketId: "7",
    amountMinor: 10000,
    currency: "TRY",
    buyer: {
      id: "1",
      name: "A",
      surname: "B",
      email: "a@b.co",
      address: "X",
      city: "İstanbul",
      country: "Turkey",
      ip: "1.2.3.4",
    },
    items: [{ id: "1", name: "Kupa", category: "Ev", priceMinor: 10000 }],
    callbackUrl: "https://shop.example/cb",
    card: { holderName: "A B", number: cardNumber, expireMonth: "12", expireYear: "2030", cvc: "123" },
  });
  fake.bankCallbackFields(init.paymentId);
  await adapter.completeThreeDs({ paymentId: init.paymentId, conversationId });
  return { paymentId: init.paymentId, conversationId };
}

const deliver = (db: Parameters<typeof ingestWebhook>[0]["db"], body: unknown, headers: Record<string, string> = {}) =>
  ingestWebhook({
    db,
    provider: "iyzico",
    rawBody: JSON.stringify(body),
    headers: new Headers({ "content-type": "application/json", ...headers }),
    ip: "127.0.0.1",
  });

describeWithDatabase("iyzico notifications are hints", (database) => {
  beforeEach(async () => {
    await configurePaymentIntegration(
      database().db,
      "iyzico",
      { base_url: fake.baseUrl },
      { api_key: API_KEY, secret_key: SECRET },
    );
  });

  it("an unsigned notification causes one payment read and nothing else: a forged SUCCESS changes nothing", async () => {
    const { db } = database();
    const { paymentId, conversationId } = await payAtFake("4111111111111129");
    fake.state.requests = {};
    const forged = {
      paymentConversationId: conversationId,
      merchantId: 3397040,
      paymentId: Number(paymentId),
      status: "SUCCESS",
      iyziEventType: "THREE_DS_AUTH",
      iyziEventTime: Date.now(),
    };
    const outcome = await deliver(db, forged);
    expect(outcome.status).toBe(200);
    const result = await handleIyzicoNotification({
      db,
      event: { headers: { "content-type": "application/json" }, receivedAt: new Date() },
      payload: forged,
    });
    expect(result.outcome).toBe("processed");
    expect(fake.state.requests).toEqual({ "/payment/detail": 1 });
    const [row] = await db.select().from(payments).where(eq(payments.remoteId, paymentId));
    expect(row).toMatchObject({
      status: "failed",
      failureKey: "errors.payments.insufficient_funds",
      amountKurus: 10000,
    });
    const again = await handleIyzicoNotification({
      db,
      event: { headers: {}, receivedAt: new Date() },
      payload: forged,
    });
    expect(again.outcome).toBe("ignored");
    expect(fake.state.requests).toEqual({ "/payment/detail": 1 });
    expect((await getIyzicoNotificationState(db)).isSignatureRequired).toBe(false);
  });

  it("a signed notification is read the same way and switches unsigned deliveries off (401)", async () => {
    const { db } = database();
    const { paymentId } = await payAtFake("5528790000000008");
    const hits: { headers: Record<string, string>; body: unknown }[] = [];
    const url = "http://kopru.test/api/integrations/webhook/iyzico";
    const capture: typeof fetch = async (_input, init) => {
      hits.push({ headers: Object.fromEntries(new Headers(init?.headers)), body: JSON.parse(String(init?.body)) });
      return new Response("", { status: 200 });
    };
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      String(input) === url ? capture(input, init) : realFetch(input, init)) as typeof fetch;
    try {
      await fake.sendNotification({ url, paymentId, signed: true });
      await fake.sendNotification({ url, paymentId, signed: false });
    } finally {
      globalThis.fetch = realFetch;
    }
    const [signed, unsigned] = hits;
    expect((await deliver(db, signed?.body, signed?.headers)).status).toBe(200);
    const [event] = await db.select().from(payments).where(eq(payments.remoteId, paymentId));
    expect(event).toBeUndefined();
    const result = await handleIyzicoNotification({
      db,
      event: { headers: { "x-iyz-signature-v3": "[redacted]" }, receivedAt: new Date() },
      payload: signed?.body,
    });
    expect(result.outcome).toBe("processed");
    const [row] = await db.select().from(payments).where(eq(payments.remoteId, paymentId));
    expect(row).toMatchObject({ status: "succeeded", method: { family: "Paraf", installments: 1 } });
    const timeline = await db.select().from(paymentEvents).where(eq(paymentEvents.paymentId, row!.id));
    expect(timeline.map((e) => e.type)).toEqual(["THREE_DS_AUTH.SUCCESS"]);
    const state = await getIyzicoNotificationState(db);
    expect(state.isSignatureRequired).toBe(true);
    expect(state.signedSeenAt).not.toBeNull();
    expect((await deliver(db, unsigned?.body, unsigned?.headers)).status).toBe(401);
  });
});
