import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { localizeError } from "./localize-error";
import { localeFromHeaders } from "./request-locale";

const schema = z.object({
  name: z.string().min(1).max(5),
  base_url: z.url({ protocol: /^https?$/, error: "Must be an http(s) URL" }),
  count: z.number().int().min(1),
  kind: z.enum(["a", "b"]),
  stock: z.number().refine((value) => value >= 0, { message: "validation.stock", params: { max: 10 } }),
});
const invalid = () => schema.safeParse({ name: "toolong", base_url: "ftp://x", count: 0, kind: "c", stock: -1 }).error!;

describe("localized errors", () => {
  it("renders every zod issue in Turkish from its code, never zod's English", async () => {
    const { status, body } = await localizeError(invalid(), "tr");
    expect(status).toBe(400);
    expect(body.issues).toEqual([
      { path: "name", code: "too_big", message: "En fazla 5 karakter olabilir." },
      {
        path: "base_url",
        code: "invalid_format",
        message: "http:// ya da https:// ile başlayan geçerli bir adres girin.",
      },
      { path: "count", code: "too_small", message: "En az 1 olmalı." },
      { path: "kind", code: "invalid_value", message: "Şunlardan biri olmalı: a, b." },
      { path: "stock", code: "custom", message: "0 ile 10 arasında bir tam sayı girin." },
    ]);
    expect(body.message).not.toMatch(/Must|Invalid|Too/);
  });

  it("tells a missing value apart from a wrong one", async () => {
    const error = z.object({ email: z.string(), age: z.number() }).safeParse({ age: "x" }).error!;
    const { body } = await localizeError(error, "en");
    expect(body.issues?.map((issue) => issue.message)).toEqual(["This field is required.", "This value is not valid."]);
  });

  it("translates an AppError by its message key and falls back to the code's sentence without one", async () => {
    const keyed = new AppError("invalid_input", "The list price must be at least the sale price", {
      messageKey: "errors.list_below_sale",
      params: { list: "10.00", sale: "12.00" },
    });
    expect((await localizeError(keyed, "tr")).body.message).toBe(
      "Liste fiyatı (10.00 TL) satış fiyatından (12.00 TL) düşük olamaz.",
    );
    const plain = new AppError("not_found", "No such widget");
    expect((await localizeError(plain, "tr")).body).toMatchObject({
      error: "not_found",
      message: "Aradığınız kayıt bulunamadı.",
    });
    expect((await localizeError(plain, "en")).body.message).toBe("No such widget");
  });

  it("reads the locale from the language cookie first, then Accept-Language, then Turkish", () => {
    expect(localeFromHeaders(new Headers({ cookie: "a=1; kopru_locale=en", "accept-language": "tr" }))).toBe("en");
    expect(localeFromHeaders(new Headers({ "accept-language": "de-DE, en;q=0.8, tr;q=0.5" }))).toBe("en");
    expect(localeFromHeaders(new Headers({ "accept-language": "en;q=0, fr" }))).toBe("tr");
    expect(localeFromHeaders(new Headers())).toBe("tr");
  });
});
