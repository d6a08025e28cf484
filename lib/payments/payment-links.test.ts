import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { POST as iyzicoCallback } from "@/app/api/payments/iyzico/callback/route";
import { POST as threeDsCallback } from "@/app/api/payments/iyzico/3ds-callback/route";
import { POST as createLink } from "@/app/api/payments/links/route";
import { POST as refund } from "@/app/api/payments/[id]/refund/route";
import { integrations, paymentLinks, payments } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { startIyzicoFake, type IyzicoFake } from "@/lib/providers/iyzico/fake-server";
import { createIyzicoAdapter } from "@/lib/providers/iyzico";
import { startStripeFake, type StripeFake } from "@/lib/providers/stripe/fake-server";
import { createTestActor, jsonRequest, routeParams } from "@/lib/testing/actors";
import { getPaymentLink } from "./get-payment-link";
import { configurePaymentIntegration, insertOrder } from "./testing";

const IYZ = { apiKey: "sandbox-links-api", secretKey: "sandbox-links-secret" };
let iyzico: IyzicoFake;
let stripe: StripeFake;
beforeAll(async () => {
  iyzico = await startIyzicoFake(IYZ);
  stripe = await startStripeFake({ secretKey: "sk_test_links" });
});
afterAll(async () => {
  await iyzico.close();
  await stripe.close();
});

describeWithDatabase("payment links", (database) => {
  let admin: { token: string };
  beforeAll(async () => {
    admin = await createTestActor(database().db, "admin");
  });
  beforeEach(async () => {
    iyzico.reset();
    stripe.reset();
    const { db } = database();
    await configurePaymentIntegration(
      db,
      "iyzico",
      { base_url: iyzico.baseUrl },
      { api_key: IYZ.apiKey, secret_key: IYZ.secretKey },
    );
    await configurePaymentIntegration(
      db,
      "stripe",
      { base_url: stripe.baseUrl, publishable_key: "pk_test_links" },
      { secret_key: "sk_test_links", webhook_secret: "whsec_links" },
    );
  });
  const requestLink = async (orderId: number, provider: string) => {
    const response = await createLink(
      jsonRequest("/api/payments/links", {
        method: "POST",
        token: admin.token,
        body: { orderId, provider },
      }),
      routeParams({}),
    );
    return {
      status: response.status,
      body: (await response.json()) as { id: string; url: string; amountMinor: number; message?: string },
    };
  };

  it("iyzico: checkout form round trip — link → hosted page → callback → paid; a refund beyond what is left is refused unsent", async () => {
    const { db } = database();
    const orderId = await insertOrder(db, { totalKurus: 24990 });
    const { status, body } = await requestLink(orderId, "iyzico");
    expect(status).toBe(200);
    expect(body.url).toMatch(new RegExp(`^${iyzico.baseUrl}/fake-checkout/`));
    const [link] = await db.select().from(paymentLinks).where(eq(paymentLinks.id, body.id));
    expect(link).toMatchObject({ provider: "iyzico", amountKurus: 24990, status: "open" });
    expect((await getPaymentLink({ db, id: body.id }))?.status).toBe("open");

    iyzico.payCheckoutForm(link!.providerRef);
    const callback = await iyzicoCallback(
      new Request(`http://shop.test/api/payments/iyzico/callback?link=${body.id}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `token=${link!.providerRef}`,
      }),
    );
    expect(callback.status).toBe(303);
    expect(callback.headers.get("location")).toBe(`http://shop.test/pay/${body.id}`);
    expect((await getPaymentLink({ db, id: body.id }))?.status).toBe("paid");
    const [payment] = await db
      .select()
      .from(payments)
      .where(eq(payments.orderRef, String(orderId)));
    expect(payment).toMatchObject({ provider: "iyzico", status: "succeeded", amountKurus: 24990 });
    expect((await requestLink(orderId, "iyzico")).body.message).toBeDefined();

    iyzico.state.requests = {};
    const refundOf = (amount: number) =>
      refund(
        jsonRequest(`/api/payments/${payment!.id}/refund`, {
          method: "POST",
          token: admin.token,
          body: { amount },
        }),
        routeParams({ id: String(payment!.id) }),
      );
    const refused = await refundOf(25000);
    expect(refused.status).toBe(400);
    expect(iyzico.state.requests).toEqual({});
    expect((await refundOf(4990)).status).toBe(200);
    expect(iyzico.state.payments.get(payment!.remoteId)?.refundedKurus).toBe(4990);
    const [after] = await db.select().from(payments).where(eq(payments.id, payment!.id));
    expect(after).toMatchObject({ status: "partially_refunded", refundedKurus: 4990 });
  });

  it("Stripe: a public, expiring /pay link; paid once Stripe says so", async () => {
    const { db } = database();
    const orderId = await insertOrder(db, { totalKurus: 5000 });
    const { body } = await requestLink(orderId, "stripe");
    expect(body.url).toBe(`http://localhost/pay/${body.id}`);
    expect(body.id.length).toBeGreaterThanOrEqual(32);
    const open = await getPaymentLink({ db, id: body.id });
    expect(open).toMatchObject({
      status: "open",
      amountMinor: 5000,
      stripe: { publishableKey: "pk_test_links", clientSecret: expect.stringMatching(/_secret_/) },
    });
    const [link] = await db.select().from(paymentLinks).where(eq(paymentLinks.id, body.id));
    stripe.confirm(link!.providerRef);
    expect((await getPaymentLink({ db, id: body.id }))?.status).toBe("paid");
    expect(await getPaymentLink({ db, id: "not-a-real-link-id-000000" })).toBeNull();
    const orderId2 = await insertOrder(db, { totalKurus: 5000 });
    const second = await requestLink(orderId2, "stripe");
    expect((await getPaymentLink({ db, id: second.body.id, now: new Date(Date.now() + 8 * 86400_000) }))?.status).toBe(
      "expired",
    );
  });

  it("iyzico 3D Secure callback: signature checked, then completed and recorded", async () => {
    const { db } = database();
    await db.update(integrations).set({ isActive: true }).where(eq(integrations.id, "iyzico"));
    const adapter = createIyzicoAdapter({ baseUrl: iyzico.baseUrl, ...IYZ });
    const init = await adapter.initializeThreeDs({
      conversationId: "3ds-conv-1",
      basketId: "9",
      amountMinor: 1000,
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
      items: [{ id: "1", name: "Kupa", category: "Ev", priceMinor: 1000 }],
      callbackUrl: "http://shop.test/api/payments/iyzico/3ds-callback",
      card: { holderName: "A B", number: "5528790000000008", expireMonth: "12", expireYear: "2030", cvc: "123" },
    });
    const fields = iyzico.bankCallbackFields(init.paymentId);
    const post = (form: Record<string, string>) =>
      threeDsCallback(
        new Request("http://shop.test/api/payments/iyzico/3ds-callback", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(form).toString(),
        }),
      );
    expect((await post({ ...fields, mdStatus: "1", signature: "0".repeat(64) })).status).toBe(401);
    const done = await post(fields);
    expect(await done.json()).toEqual({ status: "succeeded", paymentId: init.paymentId });
  });
});
