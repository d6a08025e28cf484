import { describe, expect, it } from "vitest";
import { parseArasDate, toShipmentStatus } from "./transform";

describe("Aras status codes", () => {
  it.each([
    [{ DURUM_KODU: "1" }, "accepted"],
    [{ DURUM_KODU: "2" }, "in_transit"],
    [{ DURUM_KODU: "3" }, "at_delivery_branch"],
    [{ DURUM_KODU: "4" }, "out_for_delivery"],
    [{ DURUM_KODU: "5" }, "partially_delivered"],
    [{ DURUM_KODU: "6" }, "delivered"],
    [{ DURUM_KODU: "7" }, "redirected"],
    [{ DURUM_KODU: "9" }, "unknown"],
    [{ DURUM_KODU: "6", TIP_KODU: "3" }, "returned"],
    [{ DURUM_KODU: "2", TIP_KODU: "1" }, "in_transit"],
  ])("%o → %s", (row, status) => {
    expect(toShipmentStatus(row)).toBe(status);
  });
});

describe("Aras dates", () => {
  it.each([
    ["05.03.2026 14:07:09", "2026-03-05T11:07:09.000Z"],
    ["05.03.2026 14:07", "2026-03-05T11:07:00.000Z"],
    ["2026-03-05T11:07:09Z", "2026-03-05T11:07:09.000Z"],
  ])("%s is %s", (text, iso) => {
    expect(parseArasDate(text)?.toISOString()).toBe(iso);
  });

  it.each([null, undefined, "", "yarın", "31.02.2026 25:00"])("%o is no date", (text) => {
    expect(parseArasDate(text)).toBeNull();
  });
});
