import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { integrations, orders, products, webhookEvents } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { listOrders } from "@/lib/orders/list-orders";
import { listWebhookEvents } from "@/lib/webhooks/list-webhook-events";
import { listProducts } from "./list-products";

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

describeWithDatabase("Turkish-aware search", (database) => {
  beforeAll(async () => {
    const { db } = database();
    await db.insert(products).values([
      { sku: "TS-1", title: "Pamuklu Tişört", listPrice: 100, salePrice: 100 },
      { sku: "IS-1", title: "ISPARTA GÜLÜ Sabunu", listPrice: 100, salePrice: 100 },
      { sku: "KA-1", title: "Kırmızı Kazak", listPrice: 100, salePrice: 100 },
      { sku: "IP-1", title: "İpek Şal", listPrice: 100, salePrice: 100 },
      { sku: "PC-50%", title: "Yüzde elli", listPrice: 100, salePrice: 100 },
    ]);
    await db.insert(integrations).values({ id: "trendyol", kind: "marketplace" });
    const order = (packageId: string, customerName: string) => ({
      integrationId: "trendyol",
      remoteOrderNumber: `N-${packageId}`,
      packageId,
      status: "Created",
      customerName,
      totalKurus: 100,
      lines: [],
      orderedAt: new Date(),
      remoteUpdatedAt: new Date(),
      raw: {},
    });
    await db.insert(orders).values([order("1", "Ayşe Şahin"), order("2", "IŞIL ÇELİK"), order("3", "Mehmet Öz")]);
    await db.insert(webhookEvents).values({
      provider: "shopify",
      status: "processed",
      headers: {},
      rawBody: JSON.stringify({ customer: { first_name: "Gülşen", last_name: "Yılmaz" } }),
    });
  });

  const titles = async (search: string) =>
    (await listProducts({ db: database().db, filters: { search } })).items.map((item) => item.title).sort();
  const customers = async (q: string) =>
    (await listOrders({ db: database().db, filter: { q } })).items.map((item) => item.customerName).sort();

  it("finds products without Turkish letters typed, and with them in any case", async () => {
    expect(await titles("tisort")).toEqual(["Pamuklu Tişört"]);
    expect(await titles("TİŞÖRT")).toEqual(["Pamuklu Tişört"]);
    expect(await titles("kirmizi")).toEqual(["Kırmızı Kazak"]);
    expect(await titles("KIRMIZI")).toEqual(["Kırmızı Kazak"]);
    expect(await titles("isparta gulu")).toEqual(["ISPARTA GÜLÜ Sabunu"]);
    expect(await titles("ısparta")).toEqual(["ISPARTA GÜLÜ Sabunu"]);
    expect(await titles("ipek sal")).toEqual(["İpek Şal"]);
    // JavaScript lowers "İ" to "i" plus a combining dot; it must still match.
    expect(await titles("İPEK".toLowerCase())).toEqual(["İpek Şal"]);
    expect(await titles("ts-1")).toEqual(["Pamuklu Tişört"]);
  });

  it("takes LIKE wildcards in the query literally", async () => {
    expect(await titles("50%")).toEqual(["Yüzde elli"]);
    expect(await titles("%")).toEqual(["Yüzde elli"]);
  });

  it("finds customers by name with or without Turkish letters", async () => {
    expect(await customers("sahin")).toEqual(["Ayşe Şahin"]);
    expect(await customers("ŞAHİN")).toEqual(["Ayşe Şahin"]);
    expect(await customers("isil celik")).toEqual(["IŞIL ÇELİK"]);
    expect(await customers("ışıl")).toEqual(["IŞIL ÇELİK"]);
    expect(await customers("oz")).toEqual(["Mehmet Öz"]);
  });

  it("finds webhook payload words with or without Turkish letters", async () => {
    const found = async (q: string) => (await listWebhookEvents({ db: database().db, filter: { q } })).items.length;
    expect(await found("gulsen")).toBe(1);
    expect(await found("YILMAZ")).toBe(1);
    expect(await found("ayse")).toBe(0);
  });

  it("uses the trigram indexes for product and customer search", async () => {
    const { db } = database();
    await db.execute(sql`set enable_seqscan = off`);
    const plan = async (query: ReturnType<typeof sql>) =>
      rowsOf<Record<string, string>>(await db.execute(sql`explain ${query}`))
        .map((row) => Object.values(row)[0])
        .join("\n");
    expect(
      await plan(
        sql`select id from products where kopru_fold((sku || ' ' || coalesce(barcode, '') || ' ' || title)) like '%' || kopru_fold('tisort') || '%'`,
      ),
    ).toContain("products_search_fold_idx");
    expect(
      await plan(
        sql`select id from orders where kopru_fold((coalesce(customer_name, '') || ' ' || coalesce(customer_email, ''))) like '%' || kopru_fold('sahin') || '%'`,
      ),
    ).toContain("orders_customer_fold_idx");
    await db.execute(sql`reset enable_seqscan`);
  });
});
