import { desc, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLogs, products } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { createTestActor } from "@/lib/testing/actors";
import { productUpdateSchema, updateProduct } from "./update-product";

describeWithDatabase("updateProduct", (database) => {
  let actor: Actor;
  let id: number;

  beforeAll(async () => {
    actor = (await createTestActor(database().db, "admin")).actor;
    const [row] = await database()
      .db.insert(products)
      .values({ sku: "UP-1", title: "Kazak", listPrice: 20000, salePrice: 15000, stock: 4 })
      .returning();
    id = row!.id;
  });

  const update = (body: unknown) =>
    updateProduct({ db: database().db, actor, id, update: productUpdateSchema.parse(body) });
  const stored = async () => (await database().db.select().from(products).where(eq(products.id, id)))[0]!;

  it("stores TRY decimals as kuruş and bumps updated_at", async () => {
    const before = await stored();
    const view = await update({ sale_price: "129,90", stock: 9 });
    expect(view).toMatchObject({ sale_price: "129.90", list_price: "200.00", stock: 9 });
    const after = await stored();
    expect(after).toMatchObject({ salePrice: 12990, listPrice: 20000, stock: 9 });
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
  });

  it("refuses a sale price above the list price, with a message naming both, and changes nothing", async () => {
    const attempt = update({ sale_price: "250" });
    await expect(attempt).rejects.toMatchObject({
      code: "invalid_input",
      details: { issues: [{ path: "sale_price" }] },
    });
    await expect(attempt).rejects.toThrow("The list price (200.00 TRY) must be at least the sale price (250.00 TRY)");
    await expect(update({ list_price: 100 })).rejects.toMatchObject({ details: { issues: [{ path: "list_price" }] } });
    expect(await stored()).toMatchObject({ salePrice: 12990, listPrice: 20000 });
  });

  it("accepts both prices moving together past each other", async () => {
    await update({ list_price: "400", sale_price: "350" });
    expect(await stored()).toMatchObject({ listPrice: 40000, salePrice: 35000 });
  });

  it("validates the body: prices like 199.90, whole non-negative stock, no unknown fields, at least one field", () => {
    for (const body of [
      { sale_price: "1.234,50" },
      { sale_price: "-1" },
      { sale_price: 0 },
      { stock: 1.5 },
      { stock: -1 },
      { title: "" },
      { title: "   " },
      { title: "x".repeat(256) },
      { description: "x".repeat(30_001) },
      { color: "red" },
      {},
    ]) {
      expect(productUpdateSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });

  it("records an audit row per real change, with from and to", async () => {
    const rowsBefore = await database().db.select().from(auditLogs).where(eq(auditLogs.action, "product.updated"));
    await update({ stock: 9 });
    const rows = await database().db.select().from(auditLogs).where(eq(auditLogs.action, "product.updated"));
    expect(rows).toHaveLength(rowsBefore.length);
    expect(rows[0]).toMatchObject({ targetType: "product", targetId: String(id), actorEmail: actor.email });
    expect(rows[0]?.details).toEqual({
      sku: "UP-1",
      changes: { sale_price: { from: "150.00", to: "129.90" }, stock: { from: 4, to: 9 } },
    });
  });

  it("edits the title and description, trims them, clears an empty description, and audits both", async () => {
    const view = await update({ title: "  Yün Kazak  ", description: "Sıcak tutar.\nElde yıkanır." });
    expect(view).toMatchObject({ title: "Yün Kazak", description: "Sıcak tutar.\nElde yıkanır." });
    const [audit] = await database()
      .db.select()
      .from(auditLogs)
      .where(eq(auditLogs.action, "product.updated"))
      .orderBy(desc(auditLogs.id))
      .limit(1);
    expect(audit?.details).toEqual({
      sku: "UP-1",
      changes: {
        title: { from: "Kazak", to: "Yün Kazak" },
        description: { from: null, to: "Sıcak tutar.\nElde yıkanır." },
      },
    });
    expect(await update({ description: "" })).toMatchObject({ description: null, title: "Yün Kazak" });
  });

  it("answers not_found for a missing product", async () => {
    await expect(updateProduct({ db: database().db, actor, id: 999_999, update: { stock: 1 } })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
