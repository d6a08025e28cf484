import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { listings, orders, products } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { insertProducts, productRow } from "@/lib/testing/trendyol-fixture";
import { deliver, insertIntegration, sampleDelivery } from "../test-delivery";

function statusChange(packageNumber: string, status: string, occurredAt: string) {
  const delivery = sampleDelivery("hepsiburada", "ORDER_STATUS_CHANGED");
  Object.assign(delivery.body, { orderNumber: "4100000001", packageNumber, status, occurredAt });
  return delivery;
}

describeWithDatabase("Hepsiburada webhook handlers", (database) => {
  beforeAll(async () => {
    await insertIntegration(database().db, "hepsiburada");
    await insertProducts(database().db, [productRow(1, { sku: "KOPRU-TSHIRT-M" })]);
  });
  const packageRow = async (packageId: string) =>
    (
      await database()
        .db.select()
        .from(orders)
        .where(and(eq(orders.integrationId, "hepsiburada"), eq(orders.packageId, packageId)))
    )[0];

  it("leaves a package it has not imported to the order sync", async () => {
    const result = await deliver(database().db, statusChange("700000001", "Packaged", "2026-03-01T10:00:00Z"));
    expect(result).toEqual({
      outcome: "processed",
      note: "package 700000001 not imported yet; the next order sync brings it",
    });
    expect(await packageRow("700000001")).toBeUndefined();
  });

  it("moves an imported package forward and never back", async () => {
    await database()
      .db.insert(orders)
      .values({
        integrationId: "hepsiburada",
        remoteOrderNumber: "4100000001",
        packageId: "700000002",
        status: "created",
        totalKurus: 124990,
        lines: [],
        orderedAt: new Date("2026-03-01T08:00:00Z"),
        remoteUpdatedAt: new Date("2026-03-01T08:00:00Z"),
        raw: {},
      });
    const packaged = statusChange("700000002", "Packaged", "2026-03-01T10:00:00Z");
    expect(await deliver(database().db, packaged)).toEqual({
      outcome: "processed",
      note: "package 700000002 is now picking",
    });
    expect(await packageRow("700000002")).toMatchObject({
      status: "picking",
      remoteUpdatedAt: new Date("2026-03-01T10:00:00Z"),
    });

    await deliver(database().db, statusChange("700000002", "Delivered", "2026-03-03T10:00:00Z"));
    expect((await deliver(database().db, packaged)).note).toMatch(/unchanged/);
    expect(await packageRow("700000002")).toMatchObject({ status: "delivered" });
  });

  it("ignores a status it does not know instead of guessing", async () => {
    const result = await deliver(database().db, statusChange("700000002", "Teleported", "2026-03-04T10:00:00Z"));
    expect(result.outcome).toBe("ignored");
    expect(await packageRow("700000002")).toMatchObject({ status: "delivered" });
  });

  it("marks the listing of an updated product active with its Hepsiburada SKU, leaving prices to Köprü", async () => {
    const [product] = await database().db.select().from(products).where(eq(products.sku, "KOPRU-TSHIRT-M"));
    await database().db.insert(listings).values({
      integrationId: "hepsiburada",
      productId: product!.id,
      sku: "KOPRU-TSHIRT-M",
      remoteStatus: "failed",
      lastError: "Kategori eşleşmedi",
      lastPushedSalePrice: 12_990,
    });
    const updated = sampleDelivery("hepsiburada", "PRODUCT_UPDATED");
    expect(await deliver(database().db, updated)).toEqual({
      outcome: "processed",
      note: "listing KOPRU-TSHIRT-M is active",
    });
    await deliver(database().db, updated);
    const rows = await database().db.select().from(listings).where(eq(listings.integrationId, "hepsiburada"));
    expect(rows).toEqual([
      expect.objectContaining({
        remoteId: "HBCV00000ABCDE",
        remoteStatus: "active",
        lastError: null,
        lastPushedSalePrice: 12_990,
      }),
    ]);
    const [after] = await database().db.select().from(products).where(eq(products.id, product!.id));
    expect(after).toMatchObject({ salePrice: product!.salePrice, stock: product!.stock });
  });

  it("notes a product update for a SKU without a Hepsiburada listing", async () => {
    const updated = sampleDelivery("hepsiburada", "PRODUCT_UPDATED");
    updated.body.merchantSku = "NOT-LISTED";
    expect(await deliver(database().db, updated)).toEqual({
      outcome: "processed",
      note: "no Hepsiburada listing for SKU NOT-LISTED; nothing to update",
    });
  });
});
