import { createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { safeEqual } from "@/lib/providers/safe-equal";
import { iyzicoResponseSignature, parseIyzicoAuthorization, signIyzicoRequest } from "./auth";
import {
  FAKE_CARD_ERRORS,
  FAKE_CARD_MD_STATUS,
  FAKE_CARD_NOT_REFUNDABLE,
  FAKE_CARD_THREEDS_INIT_FAILS,
  fakeCardInfo,
} from "./fake-cards";
import { formatIyzicoPrice, parseIyzicoPrice } from "./price";
import { IYZICO_SIGNATURE_HEADER } from "./webhook";

export type IyzicoFakeOptions = {
  apiKey: string;
  secretKey: string;
  port?: number;
  /** Seconds a checkout-form token lives. Default 1800. */
  tokenExpireSeconds?: number;
  now?: () => number;
};

export type FakeIyzicoPayment = {
  paymentId: string;
  conversationId: string;
  basketId: string;
  currency: string;
  priceKurus: number;
  paidKurus: number;
  refundedKurus: number;
  status: "INIT_THREEDS" | "CALLBACK_THREEDS" | "SUCCESS" | "FAILURE";
  cardNumber: string | null;
  installment: number;
  mdStatus: string | null;
  failure: { errorCode: string; errorGroup: string; errorMessage: string } | null;
  items: { itemId: string; paymentTransactionId: string; priceKurus: number; refundedKurus: number }[];
  isCanceled: boolean;
  token: string | null;
  callbackUrl: string | null;
};

type CheckoutForm = {
  token: string;
  body: Record<string, unknown>;
  expiresAt: number;
  paymentId: string | null;
  callbackUrl: string;
};

export type IyzicoFakeState = {
  /** Requests per path, rejected ones included. */
  requests: Record<string, number>;
  payments: Map<string, FakeIyzicoPayment>;
  forms: Map<string, CheckoutForm>;
  /** "rate_limit": every API call answers 50000; "down": 503 with an HTML body; "hang": never answers. */
  mode: "normal" | "rate_limit" | "down" | "hang";
};

export type IyzicoFake = {
  baseUrl: string;
  state: IyzicoFakeState;
  /** What the bank page would post to the 3DS callback for this payment. */
  bankCallbackFields(paymentId: string): Record<string, string>;
  /** Pays a checkout form as the buyer would on the hosted page; returns the payment id. */
  payCheckoutForm(token: string, cardNumber?: string): string;
  /** Sends a merchant notification for a payment, signed or (as before iyzico enables signing) not. */
  sendNotification(options: {
    url: string;
    paymentId: string;
    signed: boolean;
    attempts?: number;
    retryDelayMs?: number;
  }): Promise<number>;
  reset(): void;
  close(): Promise<void>;
};

type Reply = { status?: number; body: Record<string, unknown> };
const SUCCESS_CARD = "5528790000000008";

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const autoPostPage = (action: string, fields: Record<string, string>, title: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>` +
  `<form id="f" method="post" action="${escapeHtml(action)}">` +
  Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join("") +
  `<button type="submit">${escapeHtml(title)}</button></form></body></html>`;

export async function startIyzicoFake(options: IyzicoFakeOptions): Promise<IyzicoFake> {
  const now = options.now ?? Date.now;
  const state: IyzicoFakeState = { requests: {}, payments: new Map(), forms: new Map(), mode: "normal" };
  let nextId = 22_480_000;
  let baseUrl = "";
  const sign = (values: (string | number | null | undefined)[]) => iyzicoResponseSignature(options.secretKey, values);

  function paymentReply(p: FakeIyzicoPayment): Record<string, unknown> {
    const price = Number(formatIyzicoPrice(p.priceKurus));
    const paidPrice = Number(formatIyzicoPrice(p.paidKurus));
    const body: Record<string, unknown> = {
      status: p.status === "FAILURE" ? "failure" : "success",
      paymentId: p.paymentId,
      paymentStatus: p.status,
      conversationId: p.conversationId,
      basketId: p.basketId,
      currency: p.currency,
      price,
      paidPrice,
      installment: p.installment,
      fraudStatus: 1,
      mdStatus: p.mdStatus === null ? undefined : Number(p.mdStatus),
      ...(p.cardNumber ? fakeCardInfo(p.cardNumber) : {}),
      ...(p.failure ?? {}),
      itemTransactions: p.items.map((item) => ({
        itemId: item.itemId,
        paymentTransactionId: item.paymentTransactionId,
        transactionStatus: 2,
        price: Number(formatIyzicoPrice(item.priceKurus)),
        paidPrice: Number(formatIyzicoPrice(item.priceKurus)),
      })),
      signature: sign([p.paymentId, p.currency, p.basketId, p.conversationId, paidPrice, price]),
    };
    if (p.token) body.token = p.token;
    return body;
  }

  function failure(errorCode: string, errorMessage: string, conversationId?: unknown, errorGroup?: string): Reply {
    return { status: 200, body: { status: "failure", errorCode, errorMessage, errorGroup, conversationId } };
  }

  function newPayment(body: Record<string, unknown>, cardNumber: string | null): FakeIyzicoPayment | Reply {
    const items = Array.isArray(body.basketItems) ? (body.basketItems as Record<string, unknown>[]) : [];
    const priceKurus = parseIyzicoPrice(String(body.price ?? ""));
    const sum = items.reduce((total, item) => total + (parseIyzicoPrice(String(item.price ?? "")) ?? NaN), 0);
    if (priceKurus === null || items.length === 0 || sum !== priceKurus)
      return failure("11", "Sepet tutarı ürün tutarlarının toplamına eşit olmalıdır", body.conversationId);
    nextId += 1;
    return {
      paymentId: String(nextId),
      conversationId: String(body.conversationId ?? ""),
      basketId: String(body.basketId ?? ""),
      currency: String(body.currency ?? "TRY"),
      priceKurus,
      paidKurus: parseIyzicoPrice(String(body.paidPrice ?? "")) ?? priceKurus,
      refundedKurus: 0,
      status: "SUCCESS",
      cardNumber,
      installment: Number(body.installment ?? 1),
      mdStatus: null,
      failure: null,
      items: items.map((item, i) => ({
        itemId: String(item.id ?? i),
        paymentTransactionId: String(nextId * 10 + i),
        priceKurus: parseIyzicoPrice(String(item.price)) ?? 0,
        refundedKurus: 0,
      })),
      isCanceled: false,
      token: null,
      callbackUrl: typeof body.callbackUrl === "string" ? body.callbackUrl : null,
    };
  }

  function charge(p: FakeIyzicoPayment): void {
    const error = p.cardNumber ? FAKE_CARD_ERRORS[p.cardNumber] : undefined;
    p.status = error ? "FAILURE" : "SUCCESS";
    p.failure = error ?? null;
  }

  const cardOf = (body: Record<string, unknown>) =>
    String((body.paymentCard as { cardNumber?: unknown } | undefined)?.cardNumber ?? "").replace(/\s/g, "");

  const routes: Record<string, (body: Record<string, unknown>) => Reply> = {
    "/payment/auth": (body) => {
      const p = newPayment(body, cardOf(body));
      if ("body" in p) return p;
      charge(p);
      state.payments.set(p.paymentId, p);
      return { body: paymentReply(p) };
    },
    "/payment/3dsecure/initialize": (body) => {
      const card = cardOf(body);
      if (card === FAKE_CARD_THREEDS_INIT_FAILS)
        return failure("10217", "3D Secure başlatılamadı", body.conversationId);
      const p = newPayment(body, card);
      if ("body" in p) return p;
      p.status = "INIT_THREEDS";
      p.mdStatus = FAKE_CARD_MD_STATUS[card] ?? "1";
      state.payments.set(p.paymentId, p);
      const html = autoPostPage(`${baseUrl}/fake-bank/${p.paymentId}`, {}, "3D Secure");
      return {
        body: {
          status: "success",
          conversationId: p.conversationId,
          paymentId: p.paymentId,
          threeDSHtmlContent: Buffer.from(html, "utf8").toString("base64"),
          signature: sign([p.paymentId, p.conversationId]),
        },
      };
    },
    "/payment/3dsecure/auth": (body) => {
      const p = state.payments.get(String(body.paymentId ?? ""));
      if (!p || p.status !== "CALLBACK_THREEDS") return failure("5", "Ödeme bulunamadı", body.conversationId);
      if (p.mdStatus !== "1") {
        p.status = "FAILURE";
        p.failure = { errorCode: "10217", errorGroup: "", errorMessage: "3D Secure doğrulanamadı" };
        return { body: paymentReply(p) };
      }
      charge(p);
      return { body: paymentReply(p) };
    },
    "/payment/iyzipos/checkoutform/initialize/auth/ecom": (body) => {
      const draft = newPayment(body, null);
      if ("body" in draft) return draft;
      nextId -= 1;
      const token = randomUUID();
      const expireSeconds = options.tokenExpireSeconds ?? 1800;
      state.forms.set(token, {
        token,
        body,
        expiresAt: now() + expireSeconds * 1000,
        paymentId: null,
        callbackUrl: String(body.callbackUrl ?? ""),
      });
      const conversationId = String(body.conversationId ?? "");
      return {
        body: {
          status: "success",
          conversationId,
          token,
          tokenExpireTime: expireSeconds,
          paymentPageUrl: `${baseUrl}/fake-checkout/${token}`,
          checkoutFormContent: `<script>/* iyzico fake checkout ${token} */</script>`,
          signature: sign([conversationId, token]),
        },
      };
    },
    "/payment/iyzipos/checkoutform/auth/ecom/detail": (body) => {
      const form = state.forms.get(String(body.token ?? ""));
      if (!form || form.expiresAt < now())
        return failure("5112", "Token geçersiz veya süresi dolmuş", body.conversationId);
      const p = form.paymentId ? state.payments.get(form.paymentId) : undefined;
      if (!p) return failure("5113", "Ödeme henüz tamamlanmadı", body.conversationId);
      const reply = paymentReply(p);
      reply.signature = sign([
        p.status,
        p.paymentId,
        p.currency,
        p.basketId,
        p.conversationId,
        reply.paidPrice as number,
        reply.price as number,
        p.token,
      ]);
      return { body: reply };
    },
    "/payment/detail": (body) => {
      const byId = body.paymentId ? state.payments.get(String(body.paymentId)) : undefined;
      const byConversation = body.paymentConversationId
        ? [...state.payments.values()].find((p) => p.conversationId === body.paymentConversationId)
        : undefined;
      const p = byId ?? byConversation;
      return p ? { body: paymentReply(p) } : failure("5", "Ödeme bulunamadı", body.conversationId);
    },
    "/payment/iyzipos/installment": (body) => {
      const bin = String(body.binNumber ?? "");
      if (bin.length !== 6) return failure("5007", "binNumber 6 karakter olmalıdır", body.conversationId);
      const price = parseIyzicoPrice(String(body.price ?? "")) ?? 0;
      const info = fakeCardInfo(`${bin}0000000000`);
      return {
        body: {
          status: "success",
          conversationId: body.conversationId,
          installmentDetails: [
            {
              binNumber: bin,
              price: Number(formatIyzicoPrice(price)),
              cardType: info.cardType,
              cardAssociation: info.cardAssociation,
              cardFamilyName: info.cardFamily,
              bankName: "Fake Bank",
              force3ds: 0,
              installmentPrices: [1, 3, 6].map((n) => ({
                installmentNumber: n,
                installmentPrice: Number(formatIyzicoPrice(Math.round((price * (1 + (n - 1) * 0.02)) / n))),
                totalPrice: Number(formatIyzicoPrice(Math.round(price * (1 + (n - 1) * 0.02)))),
              })),
            },
          ],
        },
      };
    },
    "/v2/payment/refund": (body) => {
      const p = state.payments.get(String(body.paymentId ?? ""));
      if (!p || p.status !== "SUCCESS" || p.isCanceled) return failure("5", "Ödeme bulunamadı", body.conversationId);
      if (p.cardNumber === FAKE_CARD_NOT_REFUNDABLE)
        return failure("5089", "İade işlemi yapılamaz", body.conversationId);
      const amount = parseIyzicoPrice(String(body.price ?? ""));
      if (amount === null || amount <= 0 || amount > p.paidKurus - p.refundedKurus)
        return failure("5096", "İade tutarı kalan tutardan büyük olamaz", body.conversationId);
      p.refundedKurus += amount;
      const price = Number(formatIyzicoPrice(amount));
      const conversationId = String(body.conversationId ?? "");
      return {
        body: {
          status: "success",
          conversationId,
          paymentId: p.paymentId,
          price,
          currency: p.currency,
          hostReference: randomUUID(),
          signature: sign([p.paymentId, price, p.currency, conversationId]),
        },
      };
    },
    "/payment/refund": (body) => {
      const p = [...state.payments.values()].find((x) =>
        x.items.some((i) => i.paymentTransactionId === String(body.paymentTransactionId)),
      );
      const item = p?.items.find((i) => i.paymentTransactionId === String(body.paymentTransactionId));
      if (!p || !item) return failure("5", "İşlem bulunamadı", body.conversationId);
      if (p.cardNumber === FAKE_CARD_NOT_REFUNDABLE)
        return failure("5089", "İade işlemi yapılamaz", body.conversationId);
      const amount = parseIyzicoPrice(String(body.price ?? ""));
      if (amount === null || amount <= 0 || amount > item.priceKurus - item.refundedKurus)
        return failure("5096", "İade tutarı kalan tutardan büyük olamaz", body.conversationId);
      item.refundedKurus += amount;
      p.refundedKurus += amount;
      const price = Number(formatIyzicoPrice(amount));
      const conversationId = String(body.conversationId ?? "");
      return {
        body: {
          status: "success",
          conversationId,
          paymentId: p.paymentId,
          paymentTransactionId: item.paymentTransactionId,
          price,
          currency: p.currency,
          signature: sign([p.paymentId, price, p.currency, conversationId]),
        },
      };
    },
    "/payment/cancel": (body) => {
      const p = state.payments.get(String(body.paymentId ?? ""));
      if (!p || p.status !== "SUCCESS" || p.isCanceled) return failure("5", "Ödeme bulunamadı", body.conversationId);
      if (p.cardNumber === FAKE_CARD_NOT_REFUNDABLE || p.refundedKurus > 0)
        return failure("5089", "İptal işlemi yapılamaz", body.conversationId);
      p.isCanceled = true;
      return {
        body: {
          status: "success",
          conversationId: body.conversationId,
          paymentId: p.paymentId,
          price: Number(formatIyzicoPrice(p.paidKurus)),
          currency: p.currency,
        },
      };
    },
  };

  function checkAuth(req: IncomingMessage, path: string, raw: string): Reply | null {
    const auth = parseIyzicoAuthorization(req.headers.authorization);
    if (!auth) return failure("1000", "Geçersiz imza");
    if (auth.apiKey !== options.apiKey) return failure("1001", "api bilgileri bulunamadı");
    const expected = signIyzicoRequest({
      apiKey: options.apiKey,
      secretKey: options.secretKey,
      randomKey: auth.randomKey,
      path,
      body: raw,
    });
    return safeEqual(expected.signature, auth.signature) ? null : failure("1000", "Geçersiz imza");
  }

  function html(res: ServerResponse, status: number, page: string) {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(page);
  }

  function bankCallbackFields(paymentId: string): Record<string, string> {
    const p = state.payments.get(paymentId);
    if (!p) throw new Error(`no fake payment ${paymentId}`);
    if (p.status === "INIT_THREEDS") p.status = "CALLBACK_THREEDS";
    const fields = {
      status: p.mdStatus === "1" ? "success" : "failure",
      paymentId: p.paymentId,
      conversationData: "",
      conversationId: p.conversationId,
      mdStatus: p.mdStatus ?? "0",
    };
    return {
      ...fields,
      signature: sign([
        fields.conversationData,
        fields.conversationId,
        fields.mdStatus,
        fields.paymentId,
        fields.status,
      ]),
    };
  }

  function payCheckoutForm(token: string, cardNumber = SUCCESS_CARD): string {
    const form = state.forms.get(token);
    if (!form || form.expiresAt < now()) throw new Error(`checkout form ${token} is unknown or expired`);
    const p = newPayment(form.body, cardNumber);
    if ("body" in p) throw new Error("invalid checkout form basket");
    p.token = token;
    charge(p);
    state.payments.set(p.paymentId, p);
    form.paymentId = p.paymentId;
    return p.paymentId;
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const path = url.pathname;
      state.requests[path] = (state.requests[path] ?? 0) + 1;
      const raw = await readBody(req);
      if (state.mode === "hang") return;
      if (state.mode === "down") return html(res, 503, "<html><body>Service Unavailable</body></html>");
      if (req.method === "GET" && path === "/payment/test")
        return res
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ status: "success", locale: "tr", systemTime: now() }));
      const bank = /^\/fake-bank\/(\d+)$/.exec(path);
      if (bank?.[1]) {
        const p = state.payments.get(bank[1]);
        if (!p?.callbackUrl) return html(res, 404, "not found");
        return html(
          res,
          200,
          autoPostPage(p.callbackUrl, bankCallbackFields(p.paymentId), "Fake bank: confirm 3D Secure"),
        );
      }
      const checkout = /^\/fake-checkout\/([\w-]+)$/.exec(path);
      if (checkout?.[1]) {
        const form = state.forms.get(checkout[1]);
        if (!form || form.expiresAt < now())
          return html(res, 410, "<html><body>Ödeme sayfasının süresi doldu</body></html>");
        if (req.method === "GET")
          return html(
            res,
            200,
            autoPostPage(path, { cardNumber: SUCCESS_CARD }, "Fake iyzico: pay").replace(
              'type="hidden" name="cardNumber"',
              'type="text" name="cardNumber" aria-label="Card number"',
            ),
          );
        payCheckoutForm(form.token, new URLSearchParams(raw).get("cardNumber") ?? SUCCESS_CARD);
        return html(res, 200, autoPostPage(form.callbackUrl, { token: form.token }, "Return to the shop"));
      }
      const route = req.method === "POST" ? routes[path] : undefined;
      if (!route)
        return res
          .writeHead(404, { "content-type": "application/json" })
          .end(JSON.stringify({ status: "failure", errorCode: "404", errorMessage: "Not found" }));
      let reply = checkAuth(req, path, raw);
      if (!reply && state.mode === "rate_limit")
        reply = {
          status: 429,
          body: { status: "failure", errorCode: 50000, errorMessage: "Request Limit Exceeded", locale: "en" },
        };
      if (!reply) {
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(raw) as Record<string, unknown>;
        } catch {
          body = {};
        }
        reply = route(body);
        reply.body.conversationId ??= body.conversationId;
        reply.body.locale = body.locale ?? "tr";
      }
      reply.body.systemTime = now();
      res.writeHead(reply.status ?? 200, { "content-type": "application/json" }).end(JSON.stringify(reply.body));
    })();
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function sendNotification(input: {
    url: string;
    paymentId: string;
    signed: boolean;
    attempts?: number;
    retryDelayMs?: number;
  }) {
    const p = state.payments.get(input.paymentId);
    if (!p) throw new Error(`no fake payment ${input.paymentId}`);
    const status = p.status === "SUCCESS" ? "SUCCESS" : "FAILURE";
    const base = {
      paymentConversationId: p.conversationId,
      merchantId: 3397040,
      status,
      iyziReferenceCode: randomUUID(),
      iyziEventTime: now(),
    };
    const payload = p.token
      ? { ...base, iyziEventType: "CHECKOUT_FORM_AUTH", iyziPaymentId: Number(p.paymentId), token: p.token }
      : { ...base, iyziEventType: p.mdStatus === null ? "API_AUTH" : "THREE_DS_AUTH", paymentId: Number(p.paymentId) };
    const signed = p.token
      ? `${options.secretKey}${payload.iyziEventType}${p.paymentId}${p.token}${p.conversationId}${status}`
      : `${options.secretKey}${payload.iyziEventType}${p.paymentId}${p.conversationId}${status}`;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (input.signed)
      headers[IYZICO_SIGNATURE_HEADER] = createHmac("sha256", options.secretKey).update(signed, "utf8").digest("hex");
    let last = 0;
    for (let attempt = 0; attempt < (input.attempts ?? 3); attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, input.retryDelayMs ?? 0));
      last = (await fetch(input.url, { method: "POST", headers, body: JSON.stringify(payload) })).status;
      if (last >= 200 && last < 300) break;
    }
    return last;
  }

  return {
    baseUrl,
    state,
    bankCallbackFields,
    payCheckoutForm,
    sendNotification,
    reset() {
      state.requests = {};
      state.payments.clear();
      state.forms.clear();
      state.mode = "normal";
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
