import { asc, count, eq, inArray } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { auditLogs, products } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { importProducts } from "./import-products";
import { parseProductCsv } from "./parse-product-csv";
import type { ProductCsvRow } from "./product-csv-row";

const HEADER = "sku,barcode,title,brand,category,vat_rate,list_price,sale_price,stock";
const csv = (...lines: string[]) => [HEADER, ...lines].join("\n");
const row = (sku: string, line: number, salePrice = 1000): ProductCsvRow => ({
  line,
  sku,
  barcode: null,
  title: `Product ${sku}`,
  brand: null,
  category: null,
  vatRate: 20,
  listPrice: 2000,
  salePrice,
  stock: 1,
});

describeWithDatabase("importProducts", (database) => {
  const importCsv = (text: string, batchSize?: number) =>
    importProducts({ db: database().db, actor: null, parsed: parseProductCsv(text), batchSize });
  const skus = async (prefix: string) =>
    (await database().db.select({ sku: products.sku }).from(products).orderBy(asc(products.sku)))
      .map((product) => product.sku)
      .filter((sku) => sku.startsWith(prefix));

  it("writes the good rows and nothing of the bad ones, reporting them by line and column", async () => {
    const result = await importCsv(
      csv(
        "A-1,,Good,Köprü,Giyim,20,199.90,149.90,5",
        "A-2,,Bad,,,20,abc,1,1",
        "A-3,,Good too,,,10,10,10,0",
        ",,No sku,,,20,1,1,1",
      ),
    );
    expect(result).toMatchObject({ total: 4, inserted: 2, updated: 0, unchanged: 0, failed: 2 });
    expect(result.errors.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 3, column: "list_price" },
      { line: 5, column: "sku" },
    ]);
    expect(await skus("A-")).toEqual(["A-1", "A-3"]);
    const [stored] = await database().db.select().from(products).where(eq(products.sku, "A-1"));
    expect(stored).toMatchObject({
      title: "Good",
      brand: "Köprü",
      listPrice: 19990,
      salePrice: 14990,
      stock: 5,
      vatRate: 20,
      isActive: true,
    });
  });

  it("updates on re-import instead of duplicating, and leaves identical rows alone", async () => {
    await importCsv(csv("B-1,,One,,,20,10,9,1", "B-2,,Two,,,20,10,9,1"));
    const [before] = await database().db.select().from(products).where(eq(products.sku, "B-2"));
    const result = await importCsv(
      csv("B-1,,One renamed,,,20,12.50,9,7", "B-2,,Two,,,20,10,9,1", "B-3,,Three,,,20,10,9,1"),
    );
    expect(result).toMatchObject({ total: 3, inserted: 1, updated: 1, unchanged: 1, failed: 0 });
    const stored = await database()
      .db.select()
      .from(products)
      .where(inArray(products.sku, ["B-1", "B-2", "B-3"]))
      .orderBy(asc(products.sku));
    expect(stored.map((product) => [product.sku, product.title, product.listPrice, product.stock])).toEqual([
      ["B-1", "One renamed", 1250, 7],
      ["B-2", "Two", 1000, 1],
      ["B-3", "Three", 1000, 1],
    ]);
    expect(stored[1]?.updatedAt).toEqual(before?.updatedAt);
  });

  it("rolls back a batch the database rejects as a whole, and still writes the other batches", async () => {
    // Two rows for one SKU in one statement make Postgres reject it; the parser never lets that through, so hand the rows in.
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const rows = [row("C-1", 2), row("C-2", 3), row("C-3", 4), row("C-3", 5, 1500), row("C-5", 6), row("C-6", 7)];
    const result = await importProducts({
      db: database().db,
      actor: null,
      parsed: { total: 6, rows, errors: [] },
      batchSize: 2,
    });
    expect(result).toMatchObject({ total: 6, inserted: 4, updated: 0, failed: 2 });
    expect(result.errors).toEqual([
      {
        line: 4,
        column: null,
        code: "batch_failed",
        message: expect.stringMatching(/Lines 4–5 were not saved/),
        params: { first: 4, last: 5 },
      },
    ]);
    expect(await skus("C-")).toEqual(["C-1", "C-2", "C-5", "C-6"]);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it("imports 10,000 rows in batches, reporting progress monotonically up to the total", async () => {
    const lines = Array.from(
      { length: 10_000 },
      (_, index) =>
        `BULK-${String(index).padStart(5, "0")},869${index},Ürün ${index},Marka ${index % 7},Kategori,20,${100 + (index % 50)}.90,99.90,${index % 30}`,
    );
    lines[4_321] = "BULK-BAD,,Broken,,,20,1.999,1,1";
    const progress: [number, number][] = [];
    const result = await importProducts({
      db: database().db,
      actor: null,
      parsed: parseProductCsv(csv(...lines)),
      onProgress: (processed, total) => void progress.push([processed, total]),
    });
    expect(result).toMatchObject({
      total: 10_000,
      inserted: 9_999,
      failed: 1,
      errors: [{ line: 4_323, column: "list_price" }],
    });
    expect(progress.every(([, total]) => total === 10_000)).toBe(true);
    const processed = progress.map(([done]) => done);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(processed.at(-1)).toBe(10_000);
    expect(processed.length).toBe(1 + Math.ceil(9_999 / 500));
    const [stored] = await database().db.select({ n: count() }).from(products).where(eq(products.category, "Kategori"));
    expect(stored?.n).toBe(9_999);
  });

  it("leaves one audit row per import with its counts", async () => {
    const rows = await database().db.select().from(auditLogs).where(eq(auditLogs.action, "products.imported"));
    expect(rows).toHaveLength(5);
    expect(rows.at(-1)?.details).toMatchObject({ total: 10_000, inserted: 9_999, failed: 1, errors: 1 });
  });
});
