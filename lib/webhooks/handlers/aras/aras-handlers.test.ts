import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { shipments } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { deliver, sampleDelivery } from "../test-delivery";
import { parseArasDate } from "./aras-status";

function movement(eventType: string, trackingNumber: string, at: string) {
  const delivery = sampleDelivery("aras", eventType);
  Object.assign(delivery.body, { KARGO_TAKIP_NO: trackingNumber, ISLEM_TARIHI: at, MUSTERI_OZEL_KODU: "KPR1001" });
  return delivery;
}

describe("parseArasDate", () => {
  it("reads Aras's Turkey-time format and ISO, and nothing else", () => {
    expect(parseArasDate("01.03.2026 10:15:30")).toEqual(new Date("2026-03-01T07:15:30Z"));
    expect(parseArasDate("2026-03-01T07:15:30Z")).toEqual(new Date("2026-03-01T07:15:30Z"));
    expect(parseArasDate("yarın")).toBeNull();
    expect(parseArasDate(null)).toBeNull();
  });
});

describeWithDatabase("Aras webhook handlers", (database) => {
  const shipmentRows = (trackingNumber: string) =>
    database().db.select().from(shipments).where(eq(shipments.trackingNumber, trackingNumber));

  it("tracks a shipment to delivery, once per movement, and ignores a late older movement", async () => {
    const inTransit = movement("shipment.status_changed", "3330000000001", "01.03.2026 10:00:00");
    expect(await deliver(database().db, inTransit)).toEqual({
      outcome: "processed",
      note: "shipment 3330000000001 created",
    });
    expect(await shipmentRows("3330000000001")).toEqual([
      expect.objectContaining({ carrier: "aras", orderRef: "KPR1001", status: "in_transit", statusText: "YOLDA" }),
    ]);

    const delivered = movement("shipment.delivered", "3330000000001", "02.03.2026 14:30:00");
    await deliver(database().db, delivered);
    await deliver(database().db, delivered);
    expect((await deliver(database().db, inTransit)).note).toMatch(/unchanged/);

    const rows = await shipmentRows("3330000000001");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: "delivered",
      statusText: "TESLİM EDİLDİ",
      remoteUpdatedAt: new Date("2026-03-02T11:30:00Z"),
    });
  });

  it("records a return shipment as returned", async () => {
    await deliver(database().db, movement("shipment.returned", "3330000000002", "03.03.2026 09:00:00"));
    expect((await shipmentRows("3330000000002"))[0]).toMatchObject({ status: "returned", statusText: "İADE" });
  });

  it("ignores a movement without a tracking number", async () => {
    const delivery = movement("shipment.status_changed", "", "01.03.2026 10:00:00");
    delete delivery.body.KARGO_TAKIP_NO;
    expect(await deliver(database().db, delivery)).toMatchObject({ outcome: "ignored" });
  });
});
