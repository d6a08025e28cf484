import { describe, expect, it } from "vitest";
import { parseHepsiburadaWebhook, verifyHepsiburadaWebhook } from "@/lib/providers/hepsiburada/webhook";
import {
  buildSampleHepsiburadaWebhook,
  HEPSIBURADA_WEBHOOK_EVENT_TYPES,
} from "@/lib/providers/hepsiburada/webhook-sample";

const MERCHANT = "6f1c2a9e-3b1d-4c55-9a0e-2b7d8f6e1a42";
const basic = { webhook_username: "hb-hook", webhook_password: "s3cr3t" };
const basicHeader = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;
const verify = (
  headers: Record<string, string>,
  credentials: Parameters<typeof verifyHepsiburadaWebhook>[0]["credentials"],
) => verifyHepsiburadaWebhook({ rawBody: "{}", headers: new Headers(headers), credentials });
const parse = (method: string, path: string, body: unknown) =>
  parseHepsiburadaWebhook({ rawBody: JSON.stringify(body), headers: new Headers(), method, path });

describe("verifyHepsiburadaWebhook", () => {
  it("accepts the Basic credentials given to Hepsiburada in the ticket", () => {
    expect(verify({ authorization: basicHeader("hb-hook", "s3cr3t") }, basic)).toEqual({ ok: true });
  });

  it("rejects wrong or missing credentials, and everything when none are configured", () => {
    expect(verify({ authorization: basicHeader("hb-hook", "s3cr3T") }, basic)).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verify({ authorization: "Basic !!!" }, basic)).toEqual({ ok: false, reason: "mismatch" });
    expect(verify({}, basic)).toEqual({ ok: false, reason: "missing" });
    expect(verify({ authorization: basicHeader("hb-hook", "s3cr3t") }, {})).toEqual({ ok: false, reason: "mismatch" });
  });
});

describe("parseHepsiburadaWebhook routes by method and sub-path", () => {
  const move = { merchantId: MERCHANT, packageNumber: "600000001", barcode: "HB1", shippedDate: "2026-11-02T10:00:00" };
  it.each([
    [
      "POST",
      "/orders",
      { items: [{ id: "l-1", orderNumber: "4100000001" }] },
      "order.created",
      "order.created:4100000001:l-1",
    ],
    [
      "POST",
      "/packages/",
      { packageNumber: 600000001, items: [{ lineItemId: "l-1" }] },
      "package.created",
      "package.created:600000001",
    ],
    [
      "PUT",
      "/packages/600000001/intransit",
      move,
      "package.in_transit",
      "package.in_transit:600000001:2026-11-02T10:00:00",
    ],
    [
      "PUT",
      "/PACKAGES/600000001/Deliver",
      { ...move, shippedDate: undefined, receivedDate: "2026-11-03T10:00:00" },
      "package.delivered",
      "package.delivered:600000001:2026-11-03T10:00:00",
    ],
    [
      "PUT",
      "/packages/600000001/undeliver",
      { packageNumber: "600000001" },
      "package.undelivered",
      "package.undelivered:600000001:",
    ],
    [
      "PUT",
      "/packages/600000001/unpack",
      { packageNumber: "600000001", unpackedDate: "d" },
      "package.unpacked",
      "package.unpacked:600000001:d",
    ],
    [
      "PUT",
      "/lineitems/l-1/cancel",
      { id: "l-1", orderNumber: "4100000001", cancelDate: "c" },
      "line.cancelled",
      "line.cancelled:l-1:c",
    ],
    [
      "PUT",
      "/orders/4100000001/shippingaddress",
      { orderNumber: "4100000001", addressId: "a-9", address: "x" },
      "order.shipping_address_changed",
      "order.shipping_address_changed:4100000001:a-9:x",
    ],
    [
      "PUT",
      "/claims/awaitingaction",
      { claimNumber: "C-1", status: "AwaitingAction" },
      "claim.awaiting_action",
      "claim.awaiting_action:C-1:AwaitingAction:",
    ],
    [
      "PUT",
      "/claims/accept",
      { claimNumber: "C-1", status: "Accepted", acceptedDate: "a" },
      "claim.accepted",
      "claim.accepted:C-1:Accepted:a",
    ],
    [
      "PUT",
      "/claims/reject",
      { claimNumber: "C-1", status: "Rejected" },
      "claim.rejected",
      "claim.rejected:C-1:Rejected:",
    ],
  ])("%s %s → %s", (method, path, body, eventType, eventId) => {
    expect(parse(method, path, body)).toMatchObject({ ok: true, eventType, eventId });
  });

  it("reads the method and sub-path from the stored call headers when replayed", () => {
    const headers = new Headers({ "x-kopru-call-method": "PUT", "x-kopru-call-path": "/packages/600000001/intransit" });
    expect(parseHepsiburadaWebhook({ rawBody: JSON.stringify(move), headers })).toMatchObject({
      ok: true,
      eventType: "package.in_transit",
      payload: { packageNumber: "600000001" },
    });
  });

  it("a re-sent call dedupes; the next state of the same package does not", () => {
    const first = parse("PUT", "/packages/1/intransit", { ...move, packageNumber: "1" });
    const again = parse("PUT", "/packages/1/intransit", { ...move, packageNumber: "1" });
    const delivered = parse("PUT", "/packages/1/deliver", { packageNumber: "1", receivedDate: "x" });
    expect(first.ok && again.ok && first.eventId === again.eventId).toBe(true);
    expect(delivered.ok && first.ok && delivered.eventId !== first.eventId).toBe(true);
  });

  it("refuses unknown paths, wrong methods and bodies without the keys it needs", () => {
    expect(parse("POST", "/webhook", {})).toMatchObject({ ok: false, path: "$path" });
    expect(parse("POST", "", {})).toMatchObject({ ok: false, path: "$path" });
    expect(parse("PUT", "/orders", { items: [{ id: "1", orderNumber: "2" }] })).toMatchObject({
      ok: false,
      path: "$method",
    });
    expect(parse("POST", "/orders", { items: [] })).toMatchObject({ ok: false, path: "items" });
    expect(parse("POST", "/packages", { status: "Open" })).toMatchObject({ ok: false, path: "packageNumber" });
    expect(
      parseHepsiburadaWebhook({ rawBody: "{", headers: new Headers(), method: "POST", path: "/orders" }),
    ).toMatchObject({ ok: false, path: "$" });
  });

  it("reads package numbers beyond 2^53 exactly", () => {
    const raw = '{"packageNumber": 9007199254740993123, "items": []}';
    expect(
      parseHepsiburadaWebhook({ rawBody: raw, headers: new Headers(), method: "POST", path: "/packages" }),
    ).toMatchObject({
      eventId: "package.created:9007199254740993123",
    });
  });
});

describe("buildSampleHepsiburadaWebhook", () => {
  it.each(HEPSIBURADA_WEBHOOK_EVENT_TYPES)("%s verifies and parses at its own method and path", (type) => {
    const credentials = { merchant_id: MERCHANT, ...basic };
    const sample = buildSampleHepsiburadaWebhook(type, credentials);
    const headers = new Headers(sample.headers);
    expect(verifyHepsiburadaWebhook({ rawBody: sample.body, headers, credentials })).toEqual({ ok: true });
    expect(
      parseHepsiburadaWebhook({ rawBody: sample.body, headers, method: sample.method, path: sample.path }),
    ).toMatchObject({ ok: true, eventType: type });
  });
});
