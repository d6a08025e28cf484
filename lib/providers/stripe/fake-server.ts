import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { currencyDigits } from "@/lib/payments/currency";
import { STRIPE_API_VERSION } from "./client";

export type StripeFakeOptions = { secretKey: string; port?: number; now?: () => number };

type Obj = Record<string, unknown> & { id: string };
type Reply = { status: number; body: unknown; headers?: Record<string, string> };

export type StripeFakeState = {
  requests: Record<string, number>;
  intents: Map<string, Obj>;
  charges: Map<string, Obj>;
  refunds: Map<string, Obj>;
  disputes: Map<string, Obj>;
  /** Oldest first. */
  events: Obj[];
  idempotency: Map<string, { fingerprint: string; reply: Reply }>;
  mode: "normal" | "rate_limit" | "error";
};

export type StripeFake = {
  baseUrl: string;
  state: StripeFakeState;
  /** Confirms a PaymentIntent as Stripe.js would after the buyer submits the Payment Element. */
  confirm(paymentIntentId: string, paymentMethod?: string): Obj;
  /** Signs and POSTs an event as Stripe's webhook sender does. */
  sendEvent(options: {
    url: string;
    eventId: string;
    secret: string;
    timestamp?: number;
    badSignature?: boolean;
  }): Promise<number>;
  reset(): void;
  close(): Promise<void>;
};

const webhooks = new Stripe("sk_unused").webhooks;
const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`;

/** `a[b][]=1&a[c]=2&t[0]=x` → `{ a: { b: ["1"], c: "2" }, t: ["x"] }`: the bracket notation stripe-node sends. */
export function parseStripeForm(raw: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const head = /^[^[]+/.exec(key)?.[0];
    if (!head) continue;
    const path = [head, ...[...key.slice(head.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? "")];
    let node: Record<string, unknown> = root;
    path.forEach((part, i) => {
      const next = path[i + 1];
      if (next === undefined) {
        if (Array.isArray(node)) (node as unknown[]).push(value);
        else node[part] = value;
        return;
      }
      const isArray = next === "" || /^\d+$/.test(next);
      const holder: Record<string, unknown> = node;
      const slot = Array.isArray(holder) ? String((holder as unknown[]).length) : part;
      holder[slot] ??= isArray ? [] : {};
      node = holder[slot] as Record<string, unknown>;
    });
  }
  return root;
}

const OUTCOMES: Record<string, { decline?: [string, string]; action?: boolean; dispute?: boolean }> = {
  pm_card_visa: {},
  pm_card_chargeDeclined: { decline: ["card_declined", "generic_decline"] },
  pm_card_visa_chargeDeclinedInsufficientFunds: { decline: ["card_declined", "insufficient_funds"] },
  pm_card_chargeDeclinedExpiredCard: { decline: ["expired_card", "expired_card"] },
  pm_card_authenticationRequired: { action: true },
  pm_card_createDispute: { dispute: true },
};

export async function startStripeFake(options: StripeFakeOptions): Promise<StripeFake> {
  const now = () => Math.floor((options.now ?? Date.now)() / 1000);
  const state: StripeFakeState = {
    requests: {},
    intents: new Map(),
    charges: new Map(),
    refunds: new Map(),
    disputes: new Map(),
    events: [],
    idempotency: new Map(),
    mode: "normal",
  };

  const error = (status: number, type: string, message: string, extra: Record<string, unknown> = {}): Reply => ({
    status,
    body: { error: { type, message, ...extra } },
  });
  const ok = (body: unknown): Reply => ({ status: 200, body });

  function emit(type: string, object: Obj): void {
    state.events.push({
      id: newId("evt"),
      object: "event",
      api_version: STRIPE_API_VERSION,
      created: now(),
      livemode: false,
      pending_webhooks: 1,
      type,
      data: { object: structuredClone(object) },
      request: { id: newId("req"), idempotency_key: null },
    });
  }

  function intentView(intent: Obj, expand: unknown): Obj {
    const charge = typeof intent.latest_charge === "string" ? state.charges.get(intent.latest_charge) : undefined;
    const expandsCharge = Array.isArray(expand) && expand.includes("latest_charge");
    return { ...intent, latest_charge: expandsCharge ? (charge ?? null) : (intent.latest_charge ?? null) };
  }

  function confirm(id: string, paymentMethod = "pm_card_visa"): Obj {
    const intent = state.intents.get(id);
    if (!intent) throw new Error(`no fake payment intent ${id}`);
    const outcome = OUTCOMES[paymentMethod] ?? {};
    intent.payment_method = paymentMethod;
    if (outcome.action) {
      intent.status = "requires_action";
      intent.next_action = { type: "use_stripe_sdk" };
      emit("payment_intent.requires_action", intent);
      return intent;
    }
    if (outcome.decline) {
      intent.status = "requires_payment_method";
      intent.last_payment_error = {
        type: "card_error",
        code: outcome.decline[0],
        decline_code: outcome.decline[1],
        message: "Your card was declined.",
      };
      emit("payment_intent.payment_failed", intent);
      return intent;
    }
    const charge: Obj = {
      id: newId("ch"),
      object: "charge",
      amount: intent.amount,
      amount_refunded: 0,
      currency: intent.currency,
      payment_intent: intent.id,
      refunded: false,
      status: "succeeded",
      created: now(),
      payment_method_details: {
        type: "card",
        card: { brand: "visa", last4: "4242", funding: "credit", installments: null },
      },
    };
    state.charges.set(charge.id, charge);
    Object.assign(intent, {
      status: "succeeded",
      amount_received: intent.amount,
      latest_charge: charge.id,
      last_payment_error: null,
    });
    emit("charge.succeeded", charge);
    emit("payment_intent.succeeded", intent);
    if (outcome.dispute) {
      const dispute: Obj = {
        id: newId("dp"),
        object: "dispute",
        amount: intent.amount,
        currency: intent.currency,
        charge: charge.id,
        payment_intent: intent.id,
        reason: "fraudulent",
        status: "needs_response",
        is_charge_refundable: false,
        created: now(),
        evidence_details: { due_by: now() + 7 * 86400, has_evidence: false, past_due: false, submission_count: 0 },
        metadata: {},
      };
      state.disputes.set(dispute.id, dispute);
      emit("charge.dispute.created", dispute);
    }
    return intent;
  }

  function list(data: Obj[], url: string, params: Record<string, unknown>): Reply {
    const limit = Number(params.limit ?? 10);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      return error(400, "invalid_request_error", "limit must be 1-100", { param: "limit" });
    let start = 0;
    if (typeof params.starting_after === "string") start = data.findIndex((o) => o.id === params.starting_after) + 1;
    const page = data.slice(start, start + limit);
    return ok({ object: "list", url, has_more: start + limit < data.length, data: page });
  }

  function createIntent(p: Record<string, unknown>): Reply {
    const amount = Number(p.amount);
    const currency = String(p.currency ?? "").toLowerCase();
    if (!Number.isSafeInteger(amount) || amount < 1)
      return error(400, "invalid_request_error", "Invalid amount", {
        param: "amount",
        code: "parameter_invalid_integer",
      });
    if (!/^[a-z]{3}$/.test(currency))
      return error(400, "invalid_request_error", "Invalid currency", { param: "currency" });
    if (currencyDigits(currency) === 3 && amount % 10 !== 0)
      return error(400, "invalid_request_error", "Amount must end in 0", { param: "amount" });
    const id = newId("pi");
    const intent: Obj = {
      id,
      object: "payment_intent",
      amount,
      amount_received: 0,
      currency,
      status: "requires_payment_method",
      client_secret: `${id}_secret_${randomBytes(8).toString("hex")}`,
      latest_charge: null,
      payment_method: null,
      last_payment_error: null,
      next_action: null,
      automatic_payment_methods: p.automatic_payment_methods ? { enabled: true } : null,
      metadata: (p.metadata as Record<string, string> | undefined) ?? {},
      description: p.description ?? null,
      created: now(),
      livemode: false,
    };
    state.intents.set(id, intent);
    emit("payment_intent.created", intent);
    if (p.confirm === "true" && typeof p.payment_method === "string") confirm(id, p.payment_method);
    return ok(intentView(intent, p.expand));
  }

  function createRefund(p: Record<string, unknown>): Reply {
    const intent = state.intents.get(String(p.payment_intent ?? ""));
    const charge =
      intent && typeof intent.latest_charge === "string" ? state.charges.get(intent.latest_charge) : undefined;
    if (!intent || !charge)
      return error(400, "invalid_request_error", "This PaymentIntent has no successful charge to refund.", {
        code: "charge_not_refundable",
      });
    const remaining = Number(charge.amount) - Number(charge.amount_refunded);
    const amount = p.amount === undefined ? remaining : Number(p.amount);
    if (!Number.isSafeInteger(amount) || amount < 1 || amount > remaining)
      return error(
        400,
        "invalid_request_error",
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`,
        { code: "amount_too_large", param: "amount" },
      );
    const refund: Obj = {
      id: newId("re"),
      object: "refund",
      amount,
      currency: charge.currency,
      charge: charge.id,
      payment_intent: intent.id,
      status: "succeeded",
      reason: p.reason ?? null,
      metadata: p.metadata ?? {},
      created: now(),
    };
    state.refunds.set(refund.id, refund);
    charge.amount_refunded = Number(charge.amount_refunded) + amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    emit("refund.created", refund);
    emit("charge.refunded", charge);
    return ok(refund);
  }

  type Handler = (params: Record<string, unknown>, match: string[], url: string) => Reply;
  const routes: [string, RegExp, Handler][] = [
    ["POST", /^\/v1\/payment_intents$/, (p) => createIntent(p)],
    [
      "GET",
      /^\/v1\/payment_intents\/(pi_\w+)$/,
      (p, [id]) => {
        const intent = state.intents.get(id ?? "");
        return intent
          ? ok(intentView(intent, p.expand))
          : error(404, "invalid_request_error", `No such payment_intent: '${id}'`, { code: "resource_missing" });
      },
    ],
    [
      "POST",
      /^\/v1\/payment_intents\/(pi_\w+)\/confirm$/,
      (p, [id]) => {
        if (!state.intents.has(id ?? ""))
          return error(404, "invalid_request_error", "No such payment_intent", { code: "resource_missing" });
        const intent = confirm(id ?? "", String(p.payment_method ?? "pm_card_visa"));
        const failure = intent.last_payment_error as { code: string; decline_code: string; message: string } | null;
        if (intent.status === "requires_payment_method" && failure)
          return error(402, "card_error", failure.message, {
            code: failure.code,
            decline_code: failure.decline_code,
            payment_intent: intent,
          });
        return ok(intentView(intent, p.expand));
      },
    ],
    [
      "POST",
      /^\/v1\/payment_intents\/(pi_\w+)\/cancel$/,
      (_p, [id]) => {
        const intent = state.intents.get(id ?? "");
        if (!intent) return error(404, "invalid_request_error", "No such payment_intent", { code: "resource_missing" });
        if (intent.status === "succeeded" || intent.status === "canceled")
          return error(
            400,
            "invalid_request_error",
            `You cannot cancel this PaymentIntent because it has a status of ${String(intent.status)}.`,
            { code: "payment_intent_unexpected_state" },
          );
        intent.status = "canceled";
        intent.cancellation_reason = "requested_by_customer";
        emit("payment_intent.canceled", intent);
        return ok(intent);
      },
    ],
    ["POST", /^\/v1\/refunds$/, (p) => createRefund(p)],
    [
      "GET",
      /^\/v1\/refunds\/(re_\w+)$/,
      (_p, [id]) => {
        const refund = state.refunds.get(id ?? "");
        return refund
          ? ok(refund)
          : error(404, "invalid_request_error", "No such refund", { code: "resource_missing" });
      },
    ],
    [
      "GET",
      /^\/v1\/disputes$/,
      (p, _m, url) =>
        list(
          [...state.disputes.values()]
            .filter((d) => !p.payment_intent || d.payment_intent === p.payment_intent)
            .reverse(),
          url,
          p,
        ),
    ],
    [
      "GET",
      /^\/v1\/disputes\/(dp_\w+)$/,
      (_p, [id]) => {
        const dispute = state.disputes.get(id ?? "");
        return dispute
          ? ok(dispute)
          : error(404, "invalid_request_error", "No such dispute", { code: "resource_missing" });
      },
    ],
    [
      "POST",
      /^\/v1\/disputes\/(dp_\w+)\/close$/,
      (_p, [id]) => {
        const dispute = state.disputes.get(id ?? "");
        if (!dispute) return error(404, "invalid_request_error", "No such dispute", { code: "resource_missing" });
        dispute.status = "lost";
        emit("charge.dispute.closed", dispute);
        return ok(dispute);
      },
    ],
    [
      "GET",
      /^\/v1\/events$/,
      (p, _m, url) => {
        const created = (p.created ?? {}) as Record<string, string>;
        const types = Array.isArray(p.types) ? (p.types as string[]) : typeof p.type === "string" ? [p.type] : null;
        const matchesType = (type: string) =>
          !types || types.some((t) => (t.endsWith("*") ? type.startsWith(t.slice(0, -1)) : t === type));
        const oldest = now() - 30 * 86400;
        const events = state.events.filter((e) => {
          const at = Number(e.created);
          return (
            at >= oldest &&
            matchesType(String(e.type)) &&
            (!created.gte || at >= Number(created.gte)) &&
            (!created.gt || at > Number(created.gt))
          );
        });
        return list(events.reverse(), url, p);
      },
    ],
    [
      "GET",
      /^\/v1\/events\/(evt_\w+)$/,
      (_p, [id]) => {
        const event = state.events.find((e) => e.id === id);
        return event ? ok(event) : error(404, "invalid_request_error", "No such event", { code: "resource_missing" });
      },
    ],
  ];

  function readBody(req: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      req.on("error", reject);
    });
  }

  function handle(req: IncomingMessage, raw: string): Reply {
    const url = new URL(req.url ?? "/", "http://fake");
    const method = req.method ?? "GET";
    const key = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!key || key !== options.secretKey || key.startsWith("sk_live_")) {
      const hint = key ? `${key.slice(0, 8)}****${key.slice(-4)}` : "";
      return error(
        401,
        "invalid_request_error",
        key ? `Invalid API Key provided: ${hint}` : "You did not provide an API key.",
      );
    }
    if (state.mode === "rate_limit")
      return { ...error(429, "invalid_request_error", "Too many requests", { code: "rate_limit" }) };
    if (state.mode === "error")
      return { ...error(500, "api_error", "Something went wrong"), headers: { "Stripe-Should-Retry": "false" } };
    if (method === "POST" && (req.headers["content-type"] ?? "").includes("json"))
      return error(400, "invalid_request_error", "Form-encoded bodies only");
    const params = parseStripeForm(method === "GET" ? url.search.slice(1) : raw);
    const route = routes.find(([m, pattern]) => m === method && pattern.test(url.pathname));
    if (!route) return error(404, "invalid_request_error", `Unrecognized request URL (${method}: ${url.pathname})`);
    const match = route[1].exec(url.pathname)?.slice(1) ?? [];
    const idempotencyKey = req.headers["idempotency-key"];
    if (method !== "POST" || typeof idempotencyKey !== "string") return route[2](params, match, url.pathname);
    const fingerprint = createHash("sha256").update(`${method} ${url.pathname} ${raw}`).digest("hex");
    const stored = state.idempotency.get(idempotencyKey);
    if (stored && stored.fingerprint !== fingerprint)
      return error(
        400,
        "idempotency_error",
        `Keys for idempotent requests can only be used with the same parameters they were first used with.`,
      );
    if (stored) return { ...stored.reply, headers: { ...stored.reply.headers, "Idempotent-Replayed": "true" } };
    const reply = route[2](params, match, url.pathname);
    if (!(
      reply.status === 400 && (reply.body as { error?: { type?: string } }).error?.type === "invalid_request_error"
    ))
      state.idempotency.set(idempotencyKey, { fingerprint, reply });
    return reply;
  }

  /** Sends every event not yet delivered, oldest first, as Stripe's webhook sender would; returns the statuses. */
  async function deliverPending(url: string, secret: string): Promise<number[]> {
    const statuses: number[] = [];
    for (const event of state.events.filter((e) => Number(e.pending_webhooks) > 0)) {
      const payload = JSON.stringify(event);
      const header = webhooks.generateTestHeaderString({ payload, secret, timestamp: now() });
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": header },
        body: payload,
      });
      if (response.ok) event.pending_webhooks = 0;
      statuses.push(response.status);
    }
    return statuses;
  }

  // Test control (e2e drives the fake from another process): what the buyer's browser and Stripe's sender would do.
  async function control(path: string, raw: string): Promise<Reply | null> {
    const confirmMatch = /^\/_fake\/confirm\/(pi_\w+)$/.exec(path);
    const body = raw ? (JSON.parse(raw) as Record<string, string>) : {};
    if (confirmMatch?.[1]) return ok(confirm(confirmMatch[1], body.payment_method ?? "pm_card_visa"));
    if (path === "/_fake/deliver") return ok({ statuses: await deliverPending(body.url ?? "", body.secret ?? "") });
    return null;
  }

  const server = createServer((req, res) => {
    void readBody(req).then(async (raw) => {
      const path = new URL(req.url ?? "/", "http://fake").pathname;
      if (path.startsWith("/_fake/")) {
        const reply =
          (await control(path, raw).catch((e: unknown) => error(400, "fake_error", String(e)))) ??
          error(404, "fake_error", "unknown control");
        return void res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(reply.body));
      }
      const label = `${req.method} ${path.replace(/\/(pi|re|dp|evt|ch)_\w+/g, "/$1_:id")}`;
      state.requests[label] = (state.requests[label] ?? 0) + 1;
      const reply = handle(req, raw);
      res
        .writeHead(reply.status, {
          "content-type": "application/json",
          "request-id": newId("req"),
          "stripe-version": String(req.headers["stripe-version"] ?? STRIPE_API_VERSION),
          ...reply.headers,
        })
        .end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    state,
    confirm,
    async sendEvent(input) {
      const event = state.events.find((e) => e.id === input.eventId);
      if (!event) throw new Error(`no fake event ${input.eventId}`);
      const payload = JSON.stringify(event);
      const header = webhooks.generateTestHeaderString({
        payload,
        secret: input.badSignature ? `${input.secret}x` : input.secret,
        timestamp: input.timestamp ?? now(),
      });
      const response = await fetch(input.url, {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": header },
        body: payload,
      });
      if (response.ok) event.pending_webhooks = 0;
      return response.status;
    },
    reset() {
      state.requests = {};
      for (const map of [state.intents, state.charges, state.refunds, state.disputes, state.idempotency]) map.clear();
      state.events = [];
      state.mode = "normal";
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
