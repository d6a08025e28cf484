import { describe, expect, it } from "vitest";
import { nextPollAt, shouldAlertStale } from "./poll-cadence";

const now = new Date("2026-11-29T12:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe("tracking poll cadence", () => {
  it.each([
    [{ status: "registered", trackingNumber: null }, later(30)],
    [{ status: "accepted", trackingNumber: "3400000000001" }, later(120)],
    [{ status: "out_for_delivery", trackingNumber: "3400000000001" }, later(120)],
    [{ status: "delivered", trackingNumber: "3400000000001" }, null],
    [{ status: "returned", trackingNumber: "3400000000001" }, null],
    [{ status: "cancelled", trackingNumber: null }, null],
  ] as const)("%o → %s", (shipment, expected) => {
    expect(nextPollAt(shipment, now)).toEqual(expected);
  });

  it("alerts once when no waybill appears within the days allowed", () => {
    const base = { trackingNumber: null, staleAlertedAt: null, status: "registered" as const };
    expect(shouldAlertStale({ ...base, createdAt: later(-3 * 24 * 60) }, now)).toBe(true);
    expect(shouldAlertStale({ ...base, createdAt: later(-3 * 24 * 60 + 1) }, now)).toBe(false);
    expect(shouldAlertStale({ ...base, createdAt: later(-10 * 24 * 60), staleAlertedAt: now }, now)).toBe(false);
    expect(shouldAlertStale({ ...base, createdAt: later(-10 * 24 * 60), trackingNumber: "1" }, now)).toBe(false);
  });
});
