import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseStripeWebhook, verifyStripeWebhook } from "@/lib/providers/stripe/webhook";
import { buildSampleStripeWebhook, STRIPE_WEBHOOK_EVENT_TYPES } from "@/lib/providers/stripe/webhook-sample";

// Fact sheet vector (node crypto, openssl and stripe@23.1.0 agree).
const SECRET = "whsec_test_secret";
const T = 1700000000;
const BODY = '{"id":"evt_test_webhook","object":"event","type":"payment_intent.succeeded"}';
const HEADER = "t=1700000000,v1=130dc37d5a27b1b232a61e4f2ff00ed245f498112c11e8b747aff3d0fb754056";

const at = (seconds: number) => new Date(seconds * 1000);
const sign = (secret: string, t: number, body: string) =>
  createHmac("sha256", secret).update(`${t}.${body}`, "utf8").digest("hex");
const verify = (rawBody: string, header: string | null, options: { secret?: string; now?: Date } = {}) =>
  verifyStripeWebhook({
    rawBody,
    headers: new Headers(header === null ? {} : { "Stripe-Signature": header }),
    credentials: { webhook_secret: options.secret ?? SECRET },
    now: options.now,
  });

describe("verifyStripeWebhook", () => {
  it("accepts the documented vector within 300 s of its timestamp", () => {
    expect(verify(BODY, HEADER, { now: at(T + 10) })).toEqual({ ok: true });
    expect(verify(BODY, HEADER, { now: at(T + 300) })).toEqual({ ok: true });
  });

  it("reports a stale timestamp", () => {
    expect(verify(BODY, HEADER, { now: at(T + 301) })).toEqual({ ok: false, reason: "stale" });
    expect(verify(BODY, HEADER)).toEqual({ ok: false, reason: "stale" });
  });

  it("accepts any matching v1 while a secret rolls", () => {
    const header = `t=${T},v1=${sign("whsec_old", T, BODY)},v1=${sign(SECRET, T, BODY)}`;
    expect(verify(BODY, header, { now: at(T) })).toEqual({ ok: true });
  });

  it("rejects a tampered body, a wrong secret, a v0-only or garbled header", () => {
    const now = at(T + 1);
    expect(verify(BODY.replace("succeeded", "canceled"), HEADER, { now })).toEqual({ ok: false, reason: "mismatch" });
    expect(verify(BODY, HEADER, { now, secret: "whsec_other" })).toEqual({ ok: false, reason: "mismatch" });
    expect(verify(BODY, `t=${T},v0=${sign(SECRET, T, BODY)}`, { now })).toEqual({ ok: false, reason: "mismatch" });
    expect(verify(BODY, "garbage", { now })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("reports a missing header", () => {
    expect(verify(BODY, null)).toEqual({ ok: false, reason: "missing" });
    expect(verify(BODY, "")).toEqual({ ok: false, reason: "missing" });
  });
});

describe("parseStripeWebhook", () => {
  const event = {
    id: "evt_1Q2w3E",
    object: "event",
    type: "charge.dispute.created",
    created: T,
    livemode: false,
    data: { object: { id: "dp_1Q2w3E", object: "dispute", amount: 1000 } },
  };
  const parse = (value: unknown) => parseStripeWebhook({ rawBody: JSON.stringify(value), headers: new Headers() });

  it("returns the event id and type", () => {
    expect(parse(event)).toMatchObject({ ok: true, eventId: "evt_1Q2w3E", eventType: "charge.dispute.created" });
  });

  it("reports the path of the first bad field", () => {
    expect(parse({ ...event, data: { object: { object: "dispute" } } })).toMatchObject({
      ok: false,
      path: "data.object.id",
    });
    expect(parse({ ...event, data: { object: { id: "ch_1", object: "charge" } } })).toMatchObject({
      ok: false,
      path: "data.object.object",
    });
    expect(parse({ ...event, id: "pi_1" })).toMatchObject({ ok: false, path: "id" });
    expect(parseStripeWebhook({ rawBody: "not json", headers: new Headers() })).toMatchObject({ ok: false, path: "$" });
  });
});

describe("buildSampleStripeWebhook", () => {
  it.each(STRIPE_WEBHOOK_EVENT_TYPES)("%s verifies and parses", (type) => {
    const sample = buildSampleStripeWebhook(type, { webhook_secret: SECRET });
    const headers = new Headers(sample.headers);
    const t = Number(/t=(\d+)/.exec(sample.headers["stripe-signature"] ?? "")?.[1]);
    expect(sample.headers["stripe-signature"]).toContain(`v1=${sign(SECRET, t, sample.body)}`);
    expect(verifyStripeWebhook({ rawBody: sample.body, headers, credentials: { webhook_secret: SECRET } })).toEqual({
      ok: true,
    });
    expect(parseStripeWebhook({ rawBody: sample.body, headers })).toMatchObject({ ok: true, eventType: type });
  });
});
