import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseProductCsv } from "./parse-product-csv";

const HEADER = "sku,barcode,title,brand,category,vat_rate,list_price,sale_price,stock";
const csv = (...lines: string[]) => [HEADER, ...lines].join("\n");

describe("parseProductCsv", () => {
  it("reads valid rows, prices as kuruş, empty optional values as null", () => {
    const parsed = parseProductCsv(
      csv("TS-1,8690000000011,Tişört,Köprü,Giyim,20,199.90,149.90,12", "TS-2,,Şapka,,,10,50,50,0"),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.total).toBe(2);
    expect(parsed.rows[0]).toEqual({
      line: 2,
      sku: "TS-1",
      barcode: "8690000000011",
      title: "Tişört",
      brand: "Köprü",
      category: "Giyim",
      vatRate: 20,
      listPrice: 19990,
      salePrice: 14990,
      stock: 12,
    });
    expect(parsed.rows[1]).toMatchObject({
      line: 3,
      barcode: null,
      brand: null,
      category: null,
      vatRate: 10,
      listPrice: 5000,
    });
  });

  it("reports each bad value by physical line and column, and keeps the good rows", () => {
    const parsed = parseProductCsv(
      csv(
        "OK-1,,Good,,,20,10.00,9.00,1",
        "BAD-PRICE,,Bad price,,,20,12.345,9.00,1",
        ",,No sku,,,20,10,9,1",
        "",
        "BAD-VAT,,Bad vat,,,18,10,9,1",
        "BAD-ORDER,,Cheaper list,,,20,5,9,1",
        "BAD-STOCK,,Bad stock,,,20,10,9,-2",
        "OK-2,,Good again,,,0,10,9,1",
      ),
    );
    expect(parsed.rows.map((row) => [row.line, row.sku])).toEqual([
      [2, "OK-1"],
      [9, "OK-2"],
    ]);
    expect(parsed.errors.map(({ line, column, code }) => [line, column, code])).toEqual([
      [3, "list_price", "invalid_price"],
      [4, "sku", "required"],
      [6, "vat_rate", "invalid_vat_rate"],
      [7, "list_price", "list_below_sale"],
      [8, "stock", "invalid_stock"],
    ]);
    expect(parsed.errors[0]?.message).toMatch(/199\.90/);
    expect(parsed.errors[1]?.message).toBe("Required");
    expect(parsed.errors[2]?.message).toBe("Must be one of 0, 1, 10, 20");
    expect(parsed.errors[3]?.message).toMatch(/at least the sale price/);
    expect(parsed.total).toBe(7);
  });

  it("counts lines of a quoted value that spans lines, and CRLF files", () => {
    const parsed = parseProductCsv([HEADER, 'Q-1,,"Two\r\nlines",,,20,10,9,1', "Q-2,,x,,,20,abc,9,1"].join("\r\n"));
    expect(parsed.rows[0]).toMatchObject({ line: 2, title: "Two\r\nlines" });
    expect(parsed.errors).toEqual([
      { line: 4, column: "list_price", code: "invalid_price", message: expect.any(String) },
    ]);
  });

  it("reports a second row for the same SKU, and a row with the wrong number of values", () => {
    const parsed = parseProductCsv(csv("D-1,,a,,,20,10,9,1", "D-1,,b,,,20,10,9,1", "D-2,,c,20,10,9,1"));
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.errors).toEqual([
      {
        line: 3,
        column: "sku",
        code: "duplicate_sku",
        message: expect.stringMatching(/already appears on line 2/),
        params: { sku: "D-1", line: 2 },
      },
      {
        line: 4,
        column: null,
        code: "column_count",
        message: "Expected 9 values, found 7",
        params: { expected: 9, found: 7 },
      },
    ]);
  });

  it("accepts a semicolon file with decimal commas, a BOM and any column order", () => {
    const parsed = parseProductCsv(
      "\uFEFFtitle;sku;barcode;brand;category;vat_rate;list_price;sale_price;stock\nKazak;K-1;;;;20;199,90;149,90;3",
    );
    expect(parsed.rows[0]).toMatchObject({ sku: "K-1", title: "Kazak", listPrice: 19990, salePrice: 14990 });
  });

  it("rejects a header with a missing or unknown column, naming them", () => {
    const attempt = () =>
      parseProductCsv("sku,barcode,title,brand,category,vat_rate,list_price,sale_price,qty\nA,,t,,,20,1,1,1");
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow(/missing column\(s\): stock; unknown column\(s\): qty/);
    try {
      attempt();
    } catch (error) {
      expect((error as AppError).details).toMatchObject({ missing: ["stock"], unknown: ["qty"] });
    }
  });

  it("names a too long value's limit", () => {
    const [error] = parseProductCsv(csv(`L-1,,${"x".repeat(256)},,,20,10,9,1`)).errors;
    expect(error).toMatchObject({ line: 2, column: "title", code: "too_long", params: { max: 255 } });
  });

  it("rejects an empty file", () => {
    expect(() => parseProductCsv("\n\n")).toThrow(/empty/);
  });
});
