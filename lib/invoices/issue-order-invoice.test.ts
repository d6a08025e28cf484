import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { integrations, orderInvoices, orders, products } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { isEttn, isInvoiceNumber } from "@/lib/einvoice/invoice-number";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";
import { startLucaFake, type LucaFake } from "@/lib/providers/luca/fake-server";
import { createTestActor } from "@/lib/testing/actors";
import { executeSyncRun } from "@/lib/sync/execute-sync-run";
import { requestSync } from "@/lib/sync/request-sync";
import { inlineStep } from "@/lib/sync/step";
import { insertProducts, productRow } from "@/lib/testing/trendyol-fixture";
import type { Actor } from "@/lib/auth/actor";
import { getOrderTimeline } from "@/lib/orders/order-timeline";
import { issueOrderInvoice } from "./issue-order-invoice";

const LOGIN = {
  memberNumber: "10042",
  username: "Admin",
  password: "pw",
  einvoiceUser: "4540536920",
  einvoicePassword: "epw",
};

let fake: LucaFake;
beforeAll(async () => {
  fake = await startLucaFake(LOGIN);
});
afterAll(() => fake.close());

describeWithDatabase("issuing an order's invoice through Luca", (database) => {
  const db = () => database().db;
  let orderId: number;
  let actor: Actor;

  beforeAll(async () => {
    actor = (await createTestActor(db(), "admin")).actor;
    await db().insert(integrations).values({ id: "trendyol", kind: "marketplace" }).onConflictDoNothing();
    await saveIntegrationConfig({
      db: db(),
      actor,
      type: "luca",
      body: {
        is_active: true,
        member_number: LOGIN.memberNumber,
        username: LOGIN.username,
        password: LOGIN.password,
        einvoice_username: LOGIN.einvoiceUser,
        einvoice_password: LOGIN.einvoicePassword,
        einvoice_url: fake.baseUrl,
        base_url: fake.kozaUrl,
      },
    });
  });

  beforeEach(async () => {
    fake.reset();
    await db().delete(orderInvoices);
    await db().delete(orders).where(eq(orders.integrationId, "trendyol"));
    const [order] = await db()
      .insert(orders)
      .values({
        integrationId: "trendyol",
        remoteOrderNumber: "10063",
        packageId: "3456789012",
        status: "delivered",
        customerName: "Ayşe Yılmaz",
        shippingAddress: { fullName: "Ayşe Yılmaz", address: "Moda Cad. No: 5", district: "Kadıköy", city: "İstanbul" },
        totalKurus: 30_530,
        lines: [
          { sku: "SKU-1", barcode: null, name: "Çaydanlık", quantity: 2, unitPriceKurus: 12_990, amountKurus: 25_980 },
          { sku: "SKU-2", barcode: null, name: "Kitap", quantity: 1, unitPriceKurus: 4_550, amountKurus: 4_550 },
        ],
        orderedAt: new Date(),
        remoteUpdatedAt: new Date(),
        raw: {},
      })
      .returning();
    orderId = order!.id;
  });

  it("the invoice step retried 5 times concurrently creates one invoice", async () => {
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => issueOrderInvoice({ db: db(), orderId })));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(fake.invoices).toHaveLength(1);
    expect(fake.einvoices.size).toBe(1);
    const [row] = await db().select().from(orderInvoices);
    expect(row).toMatchObject({ status: "issued", kind: "earsiv", reference: "TY3456789012" });
    expect(isEttn(row!.ettn)).toBe(true);
    expect(isInvoiceNumber(row!.invoiceNumber!)).toBe(true);

    // Later retries and replays find it issued and call nobody.
    const calls = { ...fake.calls };
    for (let i = 0; i < 5; i++)
      expect(await issueOrderInvoice({ db: db(), orderId })).toMatchObject({ outcome: "existing" });
    expect(fake.calls).toEqual(calls);
  });

  it("a failed step keeps the provider's words and a retry completes the same document", async () => {
    fake.expireSessions();
    await db()
      .update(orders)
      .set({ lines: [{ sku: "SKU-1", barcode: null, name: "", quantity: 1, unitPriceKurus: 100, amountKurus: 100 }] })
      .where(eq(orders.id, orderId));
    await expect(issueOrderInvoice({ db: db(), orderId })).rejects.toMatchObject({ kind: "invalid_request" });
    const [failed] = await db().select().from(orderInvoices);
    expect(failed).toMatchObject({ status: "failed", errorCode: "errors.luca_refused" });
    expect(failed!.providerMessage).toContain("zorunlu");

    await db()
      .update(orders)
      .set({
        lines: [{ sku: "SKU-1", barcode: null, name: "Çaydanlık", quantity: 1, unitPriceKurus: 100, amountKurus: 100 }],
      })
      .where(eq(orders.id, orderId));
    const retried = await issueOrderInvoice({ db: db(), orderId });
    expect(retried).toMatchObject({ outcome: "issued", invoice: { ettn: failed!.ettn, status: "issued" } });
    expect(fake.einvoices.size).toBe(1);
  });

  it("400 names a buyer tax id that fails its checksum; a dry run sends nothing", async () => {
    await db()
      .update(orders)
      .set({ shippingAddress: { fullName: "Firma A.Ş.", address: "Cad. 1", city: "Ankara", taxNumber: "4540536921" } })
      .where(eq(orders.id, orderId));
    await expect(issueOrderInvoice({ db: db(), orderId })).rejects.toMatchObject({
      code: "invalid_input",
      details: { field: "buyer.tax_number" },
    });
    await db()
      .update(orders)
      .set({ shippingAddress: { fullName: "Firma A.Ş.", address: "Cad. 1", city: "Ankara", taxNumber: "4540536920" } })
      .where(eq(orders.id, orderId));
    expect(await issueOrderInvoice({ db: db(), orderId, dryRun: true })).toMatchObject({
      dryRun: true,
      request: { buyer: { taxNumber: "4540536920", code: "M-4540536920" } },
    });
    expect(fake.calls).toEqual({});
  });

  it("erp_out sends the catalog's stock cards and the orders' buyers once", async () => {
    await insertProducts(db(), [productRow(1, { vatRate: 10 }), productRow(2)]);
    const sync = async () => {
      const run = await requestSync({ db: db(), actor, integrationId: "luca", kind: "erp_out", trigger: "manual" });
      await executeSyncRun({ db: db(), runId: run.id, step: inlineStep(async () => {}) });
    };
    await sync();
    expect([...fake.stockCards.keys()].sort()).toEqual(["SKU-00001", "SKU-00002"]);
    expect(fake.stockCards.get("SKU-00001")).toMatchObject({ kdvOran: 0.1 });
    expect(fake.customers.size).toBe(1);
    await insertProducts(db(), [productRow(3)]);
    await sync();
    expect(fake.calls.EkleStkWsSkart).toBe(3);
    expect(fake.calls.EkleFinMusteriWS).toBe(1);

    // Changed rows are picked up again, not only new ones: a renamed SKU and a buyer who gave a tax id.
    await db()
      .update(products)
      .set({ sku: "SKU-RENAMED", updatedAt: sql`clock_timestamp()` })
      .where(eq(products.sku, "SKU-00002"));
    const [order] = await db().select().from(orders).where(eq(orders.id, orderId));
    await db()
      .update(orders)
      .set({
        shippingAddress: { ...order!.shippingAddress, taxNumber: "1234567890" },
        updatedAt: sql`clock_timestamp()`,
      })
      .where(eq(orders.id, orderId));
    await sync();
    expect(fake.stockCards.has("SKU-RENAMED")).toBe(true);
    expect(fake.customers.has("M-1234567890")).toBe(true);
    expect(fake.calls.EkleStkWsSkart).toBe(4);
    expect(fake.calls.EkleFinMusteriWS).toBe(2);
    await sync(); // nothing changed since: nothing sent
    expect(fake.calls.EkleStkWsSkart).toBe(4);
    expect(fake.calls.EkleFinMusteriWS).toBe(2);
  });

  it("the timeline shows each step with its reference, and a failed invoice with Luca's words", async () => {
    fake.expireSessions();
    await db()
      .update(orders)
      .set({ lines: [{ sku: "SKU-9", barcode: null, name: "", quantity: 1, unitPriceKurus: 100, amountKurus: 100 }] })
      .where(eq(orders.id, orderId));
    await issueOrderInvoice({ db: db(), orderId }).catch(() => undefined);
    const failed = await getOrderTimeline({ db: db(), orderId });
    expect(failed.map((entry) => [entry.step, entry.status])).toEqual([
      ["imported", "done"],
      ["paid", "done"],
      ["shipment_created", "pending"],
      ["tracking_sent", "pending"],
      ["delivered", "pending"],
      ["invoice_issued", "failed"],
      ["invoice_link_sent", "pending"],
      ["accounting_posted", "pending"],
    ]);
    expect(failed[5]!.error).toMatchObject({
      code: "errors.luca_refused",
      providerMessage: expect.stringContaining("zorunlu"),
    });

    await db()
      .update(orders)
      .set({
        lines: [{ sku: "SKU-9", barcode: null, name: "Kupa", quantity: 1, unitPriceKurus: 100, amountKurus: 100 }],
      })
      .where(eq(orders.id, orderId));
    await issueOrderInvoice({ db: db(), orderId });
    const issued = await getOrderTimeline({ db: db(), orderId });
    expect(issued[5]).toMatchObject({ status: "done", reference: expect.stringMatching(/^EAR20\d{11}$/) });
    expect(issued[7]).toMatchObject({ status: "done", reference: expect.any(String) });
  });
});
