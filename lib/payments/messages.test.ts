import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/payments.en.json";
import tr from "@/lib/i18n/messages/payments.tr.json";
import { iyzicoFailureKey } from "@/lib/providers/iyzico/errors";
import { stripeDeclineKey } from "@/lib/providers/stripe/errors";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCES = ["lib/payments", "lib/providers/iyzico", "lib/providers/stripe", "app/api/payments"];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [relative] : [];
  });
}

describe("payment messages", () => {
  const used = new Set<string>();
  for (const file of SOURCES.flatMap(sourceFiles)) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    for (const match of text.matchAll(/errors\.payments\.(\w+)/g)) if (!match[1]!.endsWith("_")) used.add(match[1]!);
    for (const match of text.matchAll(/StripeProviderError\(\s*"\w+",\s*(?:error\.statusCode === 404 \? )?"(\w+)"/g))
      used.add(match[1]!);
  }
  for (const code of ["1000", "1001", "11", "12", "5007", "6000", "50000", "100001", "10051", "10043", "10999", "77"])
    used.add(iyzicoFailureKey({ errorCode: code }).messageKey);
  for (const group of [
    "NOT_SUFFICIENT_FUNDS",
    "EXPIRED_CARD",
    "DO_NOT_HONOUR",
    "INVALID_TRANSACTION",
    "FRAUD_SUSPECT",
    "PICKUP_CARD",
    "INVALID_CVC2",
    "NOT_PERMITTED_TO_CARDHOLDER",
    "NOT_PERMITTED_TO_TERMINAL",
  ])
    used.add(iyzicoFailureKey({ errorCode: "10000", errorGroup: group }).messageKey);
  for (const decline of [
    "insufficient_funds",
    "expired_card",
    "incorrect_cvc",
    "lost_card",
    "fraudulent",
    "do_not_honor",
    "incorrect_number",
    "x",
  ])
    used.add(stripeDeclineKey({ decline_code: decline }));
  for (const kind of [
    "network",
    "bad_response",
    "auth",
    "forbidden",
    "invalid_request",
    "not_found",
    "unavailable",
    "rate_limited",
  ])
    used.add(`provider_${kind}`);

  it("has every error a payment can produce in Turkish and English", () => {
    expect(used).toContain("stripe_bad_key");
    expect(used).toContain("refund_exceeds_remaining");
    expect([...used].filter((key) => !Object.hasOwn(en.errors.payments, key))).toEqual([]);
    for (const key of Object.keys(en.errors.payments)) expect(Object.hasOwn(tr.errors.payments, key), key).toBe(true);
  });

  it("keeps the two languages' UI keys in step", () => {
    const flatten = (value: unknown, prefix = ""): string[] =>
      typeof value === "object" && value !== null
        ? Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key))
        : [prefix];
    expect(flatten(tr).sort()).toEqual(flatten(en).sort());
  });
});
