import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ProviderError } from "@/lib/errors";
import { signIyzicoRequest } from "./auth";
import { IyzicoError } from "./errors";
import { startIyzicoFake, type IyzicoFake } from "./fake-server";
import { createIyzicoAdapter, type IyzicoOrderInput } from "./adapter";
import { iyzicoThreeDsCallbackSchema } from "./wire";

const API_KEY = "sandbox-test-api";
const SECRET = "sandbox-test-secret";
let fake: IyzicoFake;
let sequence = 0;

const adapter = (overrides: { apiKey?: string; secretKey?: string; fetch?: typeof fetch } = {}) =>
  createIyzicoAdapter({ baseUrl: fake.baseUrl, apiKey: API_KEY, secretKey: SECRET, ...overrides });

const order = (amountMinor = 15000): IyzicoOrderInput => ({
  conversationId: `conv-${++sequence}`,
  basketId: "42",
  amountMinor,
  currency: "TRY",
  buyer: {
    id: "7",
    name: "Ayşe",
    surname: "Yılmaz",
    email: "ayse@example.com",
    address: "Moda Cd. 1",
    city: "İstanbul",
    country: "Turkey",
    ip: "85.34.78.112",
  },
  items: [
    { id: "L1", name: "Kupa", category: "Ev", priceMinor: amountMinor - 5000 },
    { id: "L2", name: "Tabak", category: "Ev", priceMinor: 5000 },
  ],
});
const card = (number: string) => ({
  holderName: "Ayşe Yılmaz",
  number,
  expireMonth: "12",
  expireYear: "2030",
  cvc: "123",
});

beforeAll(async () => {
  fake = await startIyzicoFake({ apiKey: API_KEY, secretKey: SECRET });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe("iyzico client against the fake", () => {
  it("is refused with 1000 when the authorization was tampered with, and with 1001 for an unknown key", async () => {
    const tamperingFetch: typeof fetch = (input, init) => {
      const body = String(init?.body).replace('"locale":"tr"', '"locale":"en"');
      return fetch(input, { ...init, body });
    };
    await expect(adapter({ fetch: tamperingFetch }).retrievePayment({ paymentId: "1" })).rejects.toMatchObject({
      errorCode: "1000",
      kind: "auth",
      messageKey: "iyzico_bad_signature",
    });
    await expect(adapter({ secretKey: "wrong" }).retrievePayment({ paymentId: "1" })).rejects.toMatchObject({
      errorCode: "1000",
    });
    await expect(adapter({ apiKey: "nobody" }).retrievePayment({ paymentId: "1" })).rejects.toMatchObject({
      errorCode: "1001",
      kind: "auth",
    });
  });

  it("signs exactly the path and body it sends (the fake recomputes over the raw bytes)", async () => {
    const body = '{"locale":"tr","conversationId":"x","paymentId":"1"}';
    const { authorization } = signIyzicoRequest({
      apiKey: API_KEY,
      secretKey: SECRET,
      randomKey: "r1",
      path: "/payment/detail",
      body,
    });
    const response = await fetch(`${fake.baseUrl}/payment/detail`, {
      method: "POST",
      headers: { authorization },
      body,
    });
    expect(await response.json()).toMatchObject({ status: "failure", errorCode: "5" });
  });

  it("tests the connection: ok with good keys, auth with a wrong key, network when unreachable", async () => {
    await expect(adapter().testConnection()).resolves.toBeUndefined();
    await expect(adapter({ apiKey: "nobody" }).testConnection()).rejects.toMatchObject({ kind: "auth" });
    const unreachable = createIyzicoAdapter({ baseUrl: "http://127.0.0.1:9", apiKey: API_KEY, secretKey: SECRET });
    await expect(unreachable.testConnection()).rejects.toMatchObject({ kind: "network" });
  });

  it("runs 3D Secure: initialize → bank page → signed callback → complete", async () => {
    const init = await adapter().initializeThreeDs({
      ...order(),
      callbackUrl: "https://shop.example/cb",
      card: card("5528790000000008"),
    });
    expect(init.html).toContain(`/fake-bank/${init.paymentId}`);
    const bankPage = await (await fetch(`${fake.baseUrl}/fake-bank/${init.paymentId}`)).text();
    expect(bankPage).toContain('action="https://shop.example/cb"');
    const form = iyzicoThreeDsCallbackSchema.parse(fake.bankCallbackFields(init.paymentId));
    expect(adapter().verifyThreeDsCallback(form)).toEqual({ ok: true, isAuthenticated: true });
    expect(adapter().verifyThreeDsCallback({ ...form, mdStatus: "0" })).toEqual({ ok: false, isAuthenticated: false });
    const payment = await adapter().completeThreeDs({ paymentId: form.paymentId, conversationId: form.conversationId });
    expect(payment).toMatchObject({
      remoteId: init.paymentId,
      status: "succeeded",
      amountMinor: 15000,
      orderRef: "42",
    });
  });

  it("stops a 3DS payment whose bank answered mdStatus 0, and rejects an initialize that fails", async () => {
    const init = await adapter().initializeThreeDs({
      ...order(),
      callbackUrl: "https://shop.example/cb",
      card: card("4131111111111117"),
    });
    const form = iyzicoThreeDsCallbackSchema.parse(fake.bankCallbackFields(init.paymentId));
    expect(adapter().verifyThreeDsCallback(form)).toEqual({ ok: true, isAuthenticated: false });
    await expect(
      adapter().initializeThreeDs({
        ...order(),
        callbackUrl: "https://shop.example/cb",
        card: card("4151111111111112"),
      }),
    ).rejects.toBeInstanceOf(IyzicoError);
  });

  it("reports a bank decline by its group after 3DS", async () => {
    const init = await adapter().initializeThreeDs({
      ...order(),
      callbackUrl: "https://shop.example/cb",
      card: card("4111111111111129"),
    });
    const form = iyzicoThreeDsCallbackSchema.parse(fake.bankCallbackFields(init.paymentId));
    const payment = await adapter().completeThreeDs({ paymentId: form.paymentId, conversationId: form.conversationId });
    expect(payment).toMatchObject({
      status: "failed",
      failure: { code: "10051", messageKey: "errors.payments.insufficient_funds" },
    });
  });

  it("runs the checkout form: initialize → hosted page → result by token", async () => {
    const form = await adapter().initializeCheckoutForm({ ...order(24990), callbackUrl: "https://shop.example/cf" });
    expect(form.paymentPageUrl).toBe(`${fake.baseUrl}/fake-checkout/${form.token}`);
    await expect(adapter().retrieveCheckoutForm({ token: form.token })).rejects.toBeInstanceOf(IyzicoError);
    const paid = await fetch(form.paymentPageUrl, {
      method: "POST",
      body: "cardNumber=5528790000000008",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(await paid.text()).toContain(`value="${form.token}"`);
    const payment = await adapter().retrieveCheckoutForm({ token: form.token });
    expect(payment).toMatchObject({
      status: "succeeded",
      amountMinor: 24990,
      method: { family: "Paraf", installments: 1 },
    });
  });

  it("refunds by payment up to the remaining amount, and reads the payment back by conversation id", async () => {
    const input = order(10000);
    const form = await adapter().initializeCheckoutForm({ ...input, callbackUrl: "https://shop.example/cf" });
    const paymentId = fake.payCheckoutForm(form.token);
    const refund = { paymentId, currency: "TRY", ip: "127.0.0.1" };
    await expect(adapter().refund({ ...refund, amountMinor: 4000, conversationId: "r1" })).resolves.toMatchObject({
      amountMinor: 4000,
      status: "succeeded",
    });
    await expect(adapter().refund({ ...refund, amountMinor: 6001, conversationId: "r2" })).rejects.toBeInstanceOf(
      IyzicoError,
    );
    expect(fake.state.payments.get(paymentId)?.refundedKurus).toBe(4000);
    expect(await adapter().retrievePayment({ conversationId: input.conversationId })).toMatchObject({
      remoteId: paymentId,
    });
  });

  it("looks the payment up after a timeout instead of resending, and maps the rate-limit reply", async () => {
    const input = order();
    const init = await adapter().initializeThreeDs({
      ...input,
      callbackUrl: "https://shop.example/cb",
      card: card("5528790000000008"),
    });
    fake.bankCallbackFields(init.paymentId);
    let completes = 0;
    const flakyFetch: typeof fetch = async (url, init) => {
      if (String(url).endsWith("/payment/3dsecure/auth")) {
        completes++;
        await fetch(url, init);
        throw new TypeError("fetch failed: socket hang up");
      }
      return fetch(url, init);
    };
    const payment = await adapter({ fetch: flakyFetch }).completeThreeDs({
      paymentId: init.paymentId,
      conversationId: input.conversationId,
    });
    expect(completes).toBe(1);
    expect(payment).toMatchObject({ remoteId: init.paymentId, status: "succeeded" });
    fake.state.mode = "rate_limit";
    const error = await adapter()
      .retrievePayment({ paymentId: init.paymentId })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: "rate_limited", messageKey: "provider_rate_limited" });
  });

  it("rejects a reply whose signature does not match", async () => {
    const input = order();
    const form = await adapter().initializeCheckoutForm({ ...input, callbackUrl: "https://shop.example/cf" });
    const paymentId = fake.payCheckoutForm(form.token);
    const forging: typeof fetch = async (url, init) => {
      const response = await fetch(url, init);
      const json = (await response.json()) as Record<string, unknown>;
      return new Response(JSON.stringify({ ...json, paidPrice: 1 }), { status: 200 });
    };
    await expect(adapter({ fetch: forging }).retrievePayment({ paymentId })).rejects.toMatchObject({
      kind: "bad_response",
    });
  });
});
