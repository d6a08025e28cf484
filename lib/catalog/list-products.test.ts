import { inArray, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { integrations, listings, products, type NewProduct } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { AppError } from "@/lib/errors";
import { listProducts } from "./list-products";
import type { ProductFilters } from "./product-filters";
import type { ProductSort } from "./product-cursor";

const product = (index: number, extra: Partial<NewProduct> = {}): NewProduct => ({
  sku: `SKU-${String(index).padStart(3, "0")}`,
  barcode: `869000${index}`,
  title: `Ürün ${index}`,
  brand: index % 2 === 0 ? "Köprü" : "Other",
  category: index % 3 === 0 ? "Giyim" : "Ev",
  listPrice: 2000,
  salePrice: 1500,
  ...extra,
});

describeWithDatabase("listProducts", (database) => {
  beforeAll(async () => {
    const { db } = database();
    // One statement gives 120 rows the same updated_at, so the id tie-breaker carries the pagination.
    await db.insert(products).values(Array.from({ length: 120 }, (_, index) => product(index + 1)));
    await db
      .insert(products)
      .values([product(121, { title: "100% pamuk", isActive: false }), product(122, { title: "snake_case" })]);
    // Separate statements give these distinct, microsecond-precise timestamps.
    for (const sku of ["SKU-007", "SKU-050", "SKU-099"]) {
      await db
        .update(products)
        .set({ stock: 3, updatedAt: sql`clock_timestamp()` })
        .where(inArray(products.sku, [sku]));
    }
    await db.insert(integrations).values([
      { id: "trendyol", kind: "marketplace" },
      { id: "hepsiburada", kind: "marketplace" },
    ]);
    const ids = await db
      .select({ id: products.id, sku: products.sku })
      .from(products)
      .where(inArray(products.sku, ["SKU-001", "SKU-002", "SKU-003"]));
    const id = (sku: string) => ids.find((row) => row.sku === sku)!.id;
    await db.insert(listings).values([
      { integrationId: "trendyol", productId: id("SKU-001"), sku: "SKU-001", remoteStatus: "active" },
      {
        integrationId: "trendyol",
        productId: id("SKU-002"),
        sku: "SKU-002",
        remoteStatus: "failed",
        lastError: "Kategori bulunamadı",
      },
      { integrationId: "hepsiburada", productId: id("SKU-002"), sku: "SKU-002", remoteStatus: "pending" },
      { integrationId: "hepsiburada", productId: id("SKU-003"), sku: "SKU-003", remoteStatus: "failed" },
    ]);
  });

  async function allPages(sort: ProductSort, filters: ProductFilters = {}) {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listProducts({ db: database().db, sort, cursor, filters });
      seen.push(...page.items.map((item) => item.sku));
      cursor = page.next_cursor ?? undefined;
      pages += 1;
    } while (cursor);
    return { seen, pages };
  }

  it.each(["updated", "id"] as const)(
    "returns every product exactly once across pages of 50 (sort %s)",
    async (sort) => {
      const { seen, pages } = await allPages(sort);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(122);
      expect(new Set(seen).size).toBe(122);
    },
  );

  it("puts the latest change first", async () => {
    const { items } = await listProducts({ db: database().db });
    expect(items.slice(0, 3).map((item) => item.sku)).toEqual(["SKU-099", "SKU-050", "SKU-007"]);
    expect(items[0]).toMatchObject({ list_price: "20.00", sale_price: "15.00", stock: 3 });
  });

  it("continues exactly after a cursor row whose timestamp has microseconds", async () => {
    const skus: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page += 1) {
      const result = await listProducts({ db: database().db, cursor, limit: 1 });
      skus.push(...result.items.map((item) => item.sku));
      cursor = result.next_cursor ?? undefined;
    }
    expect(skus).toEqual(["SKU-099", "SKU-050", "SKU-007", "SKU-122", "SKU-121"]);
  });

  it("searches sku, barcode and title, taking % and _ literally", async () => {
    const search = async (term: string) => (await allPages("id", { search: term })).seen;
    expect(await search("sku-12")).toEqual(["SKU-120", "SKU-121", "SKU-122"]);
    expect(await search("8690001")).toHaveLength(1 + 10 + 23);
    expect(await search("100%")).toEqual(["SKU-121"]);
    expect(await search("e_c")).toEqual(["SKU-122"]);
  });

  it("filters by brand, category, active and listing status on a marketplace", async () => {
    const { seen: koprugiyim } = await allPages("id", { brand: "Köprü", category: "Giyim" });
    expect(koprugiyim).toHaveLength(20);
    expect((await allPages("id", { isActive: false })).seen).toEqual(["SKU-121"]);
    expect((await allPages("id", { integrationId: "trendyol", listingStatus: "failed" })).seen).toEqual(["SKU-002"]);
    expect((await allPages("id", { integrationId: "hepsiburada", listingStatus: "none" })).seen).toHaveLength(120);
  });

  it("carries each product's listings with their status and last error", async () => {
    const { items } = await listProducts({ db: database().db, sort: "id", limit: 3 });
    expect(items.map((item) => item.listings)).toEqual([
      [{ integration_id: "trendyol", remote_status: "active", last_error: null }],
      [
        { integration_id: "hepsiburada", remote_status: "pending", last_error: null },
        { integration_id: "trendyol", remote_status: "failed", last_error: "Kategori bulunamadı" },
      ],
      [{ integration_id: "hepsiburada", remote_status: "failed", last_error: null }],
    ]);
  });

  it("refuses a tampered cursor or one from the other sort order", async () => {
    const { next_cursor } = await listProducts({ db: database().db, sort: "id" });
    await expect(listProducts({ db: database().db, sort: "updated", cursor: next_cursor! })).rejects.toThrow(AppError);
    await expect(listProducts({ db: database().db, cursor: "not-a-cursor" })).rejects.toMatchObject({
      code: "invalid_input",
    });
  });
});
