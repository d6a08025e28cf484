import { beforeAll, expect, it } from "vitest";
import { PATCH, GET as getOne } from "@/app/api/products/[id]/route";
import { GET as exportCsv } from "@/app/api/products/export/route";
import { POST as importCsv } from "@/app/api/products/import/route";
import { GET as list } from "@/app/api/products/route";
import { describeWithDatabase } from "@/db/testing";
import { createTestActor, jsonRequest, routeParams } from "@/lib/testing/actors";
import type { ImportStreamLine } from "./stream-product-import";

const HEADER = "sku,barcode,title,brand,category,vat_rate,list_price,sale_price,stock";

function upload(body: BodyInit, token: string, contentType = "text/csv") {
  return new Request("http://localhost/api/products/import", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": contentType, "accept-language": "en" },
    body,
  });
}

const readLines = async (response: Response) =>
  (await response.text())
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as ImportStreamLine);

describeWithDatabase("products API", (database) => {
  let admin: { token: string };
  let viewer: { token: string };

  beforeAll(async () => {
    admin = await createTestActor(database().db, "admin");
    viewer = await createTestActor(database().db, "viewer");
  });

  it("imports a CSV, streaming progress lines and then the result", async () => {
    const rows = Array.from(
      { length: 1_200 },
      (_, index) => `API-${index},,Ürün ${index},Köprü,Ev,20,20.00,15.50,${index}`,
    );
    const response = await importCsv(
      upload([HEADER, ...rows, "API-X,,Bad,,,7,1,1,1"].join("\n"), admin.token),
      routeParams({}),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = await readLines(response);
    expect(lines.slice(0, -1)).toEqual([
      { type: "progress", processed: 1, total: 1_201 },
      { type: "progress", processed: 501, total: 1_201 },
      { type: "progress", processed: 1_001, total: 1_201 },
      { type: "progress", processed: 1_201, total: 1_201 },
    ]);
    expect(lines.at(-1)).toEqual({
      type: "done",
      total: 1_201,
      inserted: 1_200,
      updated: 0,
      unchanged: 0,
      failed: 1,
      errors: [{ line: 1_202, column: "vat_rate", code: "invalid_vat_rate", message: "Must be one of 0, 1, 10, 20" }],
    });
  });

  it("takes the file as a multipart field too", async () => {
    const form = new FormData();
    form.set(
      "file",
      new Blob([`${HEADER}\nAPI-0,,Renamed,Köprü,Ev,20,20.00,15.50,0\n`], { type: "text/csv" }),
      "products.csv",
    );
    const lines = await readLines(
      await importCsv(
        new Request("http://localhost/api/products/import", {
          method: "POST",
          headers: { authorization: `Bearer ${admin.token}` },
          body: form,
        }),
        routeParams({}),
      ),
    );
    expect(lines.at(-1)).toMatchObject({ type: "done", updated: 1 });
  });

  it("answers 400 naming the columns for a bad header, 413 over 20 MB, 403 for a viewer", async () => {
    const badHeader = await importCsv(upload("sku,title\nA,b", admin.token), routeParams({}));
    expect(badHeader.status).toBe(400);
    expect(await badHeader.json()).toMatchObject({
      message: expect.stringMatching(/missing column\(s\): barcode, brand, category, vat_rate/),
      missing: ["barcode", "brand", "category", "vat_rate", "list_price", "sale_price", "stock"],
      unknown: [],
    });
    const huge = await importCsv(upload(`${HEADER}\n${"x".repeat(20 * 1024 * 1024)}`, admin.token), routeParams({}));
    expect(huge.status).toBe(413);
    expect((await importCsv(upload(`${HEADER}\n`, viewer.token), routeParams({}))).status).toBe(403);
  });

  it("lists with filters and a cursor, and shows one product with its listings", async () => {
    const first = await (
      await list(
        jsonRequest("/api/products?q=api-1&brand=K%C3%B6pr%C3%BC&sort=id&limit=5", { token: viewer.token }),
        routeParams({}),
      )
    ).json();
    expect(first.items.map((item: { sku: string }) => item.sku)).toEqual([
      "API-1",
      "API-10",
      "API-11",
      "API-12",
      "API-13",
    ]);
    const second = await (
      await list(
        jsonRequest(`/api/products?q=api-1&sort=id&limit=5&cursor=${first.next_cursor}`, { token: viewer.token }),
        routeParams({}),
      )
    ).json();
    expect(second.items[0].sku).toBe("API-14");
    expect(
      (await list(jsonRequest("/api/products?listing_status=failed", { token: viewer.token }), routeParams({}))).status,
    ).toBe(400);
    const one = await getOne(
      jsonRequest(`/api/products/${first.items[0].id}`, { token: viewer.token }),
      routeParams({ id: String(first.items[0].id) }),
    );
    expect(await one.json()).toMatchObject({ sku: "API-1", sale_price: "15.50", listings: [] });
    expect(
      (await getOne(jsonRequest("/api/products/abc", { token: viewer.token }), routeParams({ id: "abc" }))).status,
    ).toBe(404);
  });

  it("lets an admin edit price and stock inline; a viewer gets 403", async () => {
    const [product] = (
      await (
        await list(jsonRequest("/api/products?q=API-5&sort=id&limit=1", { token: admin.token }), routeParams({}))
      ).json()
    ).items;
    const patch = (body: unknown, token: string) =>
      PATCH(
        jsonRequest(`/api/products/${product.id}`, { method: "PATCH", token, body }),
        routeParams({ id: String(product.id) }),
      );
    expect((await patch({ stock: 1 }, viewer.token)).status).toBe(403);
    const saved = await patch({ sale_price: "12.90", stock: 42 }, admin.token);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ sale_price: "12.90", stock: 42 });
    const refused = await patch({ sale_price: "99" }, admin.token);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: "invalid_input", issues: [{ path: "sale_price" }] });
  });

  it("exports the import format as a CSV attachment", async () => {
    const response = await exportCsv(
      jsonRequest("/api/products/export?q=API-5", { token: viewer.token }),
      routeParams({}),
    );
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="products-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = await response.text();
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(HEADER);
    expect(lines).toContain("API-5,,Ürün 5,Köprü,Ev,20,20.00,12.90,42");
    expect(lines).toHaveLength(1 + 111);
  });
});
