import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listings, products, syncRuns } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { FAKE_ATTRIBUTES, FAKE_BRANDS, requiredAttributeMessage } from "@/lib/providers/trendyol/fake-data";
import { startTrendyolFake, type TrendyolFake } from "@/lib/providers/trendyol/fake-server";
import { executeSyncRun } from "@/lib/sync/execute-sync-run";
import { requestSync } from "@/lib/sync/request-sync";
import { inlineStep } from "@/lib/sync/step";
import { createTestActor } from "@/lib/testing/actors";
import { FAKE_TRENDYOL, configureTrendyol, insertProducts, productRow } from "@/lib/testing/trendyol-fixture";
import { getCategoryAttributes } from "./category-attributes";
import { getProductMatch } from "./get-product-match";
import { listMatchingQueue } from "./list-matching-queue";
import { preflightProductsOut } from "./preflight-products-out";
import { saveCategoryMatch, saveProductMatch } from "./product-matches";
import { refreshCatalog } from "./refresh-catalog";
import { searchBrands, searchCategories } from "./search-catalog";

let fake: TrendyolFake;
beforeAll(async () => {
  fake = await startTrendyolFake({ ...FAKE_TRENDYOL, tier: "unlimited", batchPollsUntilComplete: 0 });
});
afterAll(() => fake.close());

describeWithDatabase("Trendyol category matching", (database) => {
  let admin: Actor;
  const db = () => database().db;
  const integrationId = "trendyol";

  beforeAll(async () => {
    admin = (await createTestActor(db(), "admin")).actor;
    // No integration-level defaults: matching must come from the category or the product.
    await configureTrendyol(db(), admin, fake.baseUrl, { default_brand_id: "", default_category_id: "" });
    await insertProducts(db(), [
      productRow(1, { category: "Kupalar" }),
      productRow(2, { category: "Kupalar" }),
      productRow(3, { category: "Tişörtler" }),
    ]);
  });

  it("caches the category tree and brands, and finds leaves and brands by name", async () => {
    expect(await refreshCatalog({ db: db(), integrationId })).toMatchObject({ categories: 6, brands: 3 });
    expect(await searchCategories({ db: db(), integrationId, q: "kupa" })).toEqual([
      { id: "5005", path: "Ev & Yaşam › Sofra › Kupa & Bardak" },
    ]);
    // Inner categories are never offered.
    expect(await searchCategories({ db: db(), integrationId, q: "Sofra" })).toHaveLength(1);
    expect(await searchBrands({ db: db(), integrationId, q: "paşa" })).toEqual([{ id: "2032", name: "Paşabahçe" }]);
  });

  it("refuses an inner category and free text where Trendyol has a list", async () => {
    await expect(getCategoryAttributes({ db: db(), integrationId, categoryId: "500" })).rejects.toMatchObject({
      details: { messageKey: "errors.category_not_leaf" },
    });
    await expect(
      saveCategoryMatch({
        db: db(),
        actor: admin,
        integrationId,
        input: {
          localCategory: "Kupalar",
          remoteCategoryId: "5005",
          attributes: [{ attributeId: "47", text: "Beyaz" }],
        },
      }),
    ).rejects.toMatchObject({ details: { messageKey: "errors.attribute_value_from_list" } });
  });

  it("lists products missing a match or a required attribute first, and clears them as matches are made", async () => {
    const before = await listMatchingQueue({ db: db(), integrationId });
    expect(before.counts).toEqual({ products: 3, withProblems: 3 });
    expect(before.products.map((product) => product.problems)).toEqual([
      ["no_category", "no_brand"],
      ["no_category", "no_brand"],
      ["no_category", "no_brand"],
    ]);
    // The push's pre-flight says the same for all products at once, and adds what the marketplace needs besides.
    await db().update(products).set({ barcode: null }).where(eq(products.sku, "SKU-00003"));
    expect(await preflightProductsOut({ db: db(), integrationId })).toMatchObject({
      total: 3,
      blocked: 3,
      problems: { no_category: 3, no_brand: 3, no_barcode: 1 },
      examples: expect.arrayContaining([{ sku: "SKU-00003", problems: ["no_category", "no_brand", "no_barcode"] }]),
    });
    await db().update(products).set({ barcode: "8690000000003" }).where(eq(products.sku, "SKU-00003"));

    await saveCategoryMatch({
      db: db(),
      actor: admin,
      integrationId,
      input: {
        localCategory: "Kupalar",
        remoteCategoryId: "5005",
        remoteBrandId: "2032",
        attributes: [{ attributeId: "47", valueIds: ["1001"] }],
      },
    });
    const partly = await listMatchingQueue({ db: db(), integrationId });
    expect(partly.categories[0]).toMatchObject({ localCategory: "Kupalar", withProblems: 2 });
    expect(partly.products.find((product) => product.sku === "SKU-00001")).toMatchObject({
      problems: ["missing_attributes"],
      missingAttributes: ["Hacim"],
      categoryPath: "Ev & Yaşam › Sofra › Kupa & Bardak",
    });

    // Product 1 fills the free-text attribute itself; the category's defaults still apply to the rest.
    await saveProductMatch({
      db: db(),
      actor: admin,
      integrationId,
      productId: partly.products.find((product) => product.sku === "SKU-00001")!.id,
      input: { attributes: [{ attributeId: "1192", text: "350 ml" }] },
    });
    const match = await getProductMatch({
      db: db(),
      integrationId,
      productId: partly.products.find((product) => product.sku === "SKU-00001")!.id,
    });
    expect(match).toMatchObject({
      problems: [],
      resolved: { categoryId: "5005", brandId: "2032", brandName: "Paşabahçe" },
    });
    const after = await listMatchingQueue({ db: db(), integrationId });
    expect(after.products.map((product) => product.sku).sort()).toEqual(["SKU-00002", "SKU-00003"]);
  });

  it("products_out sends matched products with their attributes and holds back the ones still missing some", async () => {
    const run = await requestSync({ db: db(), actor: admin, integrationId, kind: "products_out", trigger: "manual" });
    await executeSyncRun({ db: db(), runId: run.id, step: inlineStep(async () => {}), deps: { pollIntervalMs: 0 } });
    const [done] = await db().select().from(syncRuns).where(eq(syncRuns.id, run.id));
    expect(done).toMatchObject({ status: "succeeded", created: 1, failed: 2 });
    expect(fake.state.products.get(productRow(1).barcode!)?.attributes).toEqual([
      { attributeId: 47, attributeValueIds: [1001] },
      { attributeId: 1192, attributeValue: "350 ml" },
    ]);
    const states = await db().select().from(listings).orderBy(listings.sku);
    expect(states.map((listing) => [listing.sku, listing.remoteStatus])).toEqual([["SKU-00001", "active"]]);
    expect(requiredAttributeMessage("Hacim")).toContain("Hacim");
  });

  it("the weekly catalog_in sync re-reads the tree, brands and the attributes of every category in use", async () => {
    const colour = FAKE_ATTRIBUTES[5005]![0]!;
    colour.values.push({ attributeValueId: 1004, attributeValueName: "Mavi" });
    FAKE_BRANDS.push({ id: 3003, name: "Karaca" });
    try {
      const run = await requestSync({ db: db(), actor: admin, integrationId, kind: "catalog_in", trigger: "manual" });
      await executeSyncRun({ db: db(), runId: run.id, step: inlineStep(async () => {}), deps: {} });
      const [done] = await db().select().from(syncRuns).where(eq(syncRuns.id, run.id));
      // The tree and brands, and category 5005 (matched to "Kupalar" above); nothing else is in use.
      expect(done).toMatchObject({ status: "succeeded", total: 2, updated: 2, failed: 0 });
      const cached = await getCategoryAttributes({ db: db(), integrationId, categoryId: "5005" });
      expect(cached.find((attribute) => attribute.attributeId === "47")?.values.map((value) => value.name)).toEqual([
        "Beyaz",
        "Siyah",
        "Kırmızı",
        "Mavi",
      ]);
      expect(await searchBrands({ db: db(), integrationId, q: "kara" })).toEqual([{ id: "3003", name: "Karaca" }]);
    } finally {
      colour.values.pop();
      FAKE_BRANDS.pop();
    }
  });
});
