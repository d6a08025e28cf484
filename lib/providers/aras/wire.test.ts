import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/aras.en.json";
import tr from "@/lib/i18n/messages/aras.tr.json";
import { parseQueryResult } from "./client";
import { CANCEL_RESULTS, SET_ORDER_RESULTS, foldKey, normaliseKeys, setOrderMeaning } from "./wire";

describe("Aras result codes", () => {
  const reasons = [
    ...Object.values(SET_ORDER_RESULTS),
    ...Object.values(CANCEL_RESULTS).filter((meaning) => typeof meaning === "object"),
    setOrderMeaning("5003"),
    setOrderMeaning("123456"),
  ].map((meaning) => meaning.reason);

  it.each([...new Set(reasons)])("%s has a sentence in Turkish and English", (reason) => {
    expect(tr.errors).toHaveProperty(`aras_${reason}`);
    expect(en.errors).toHaveProperty(`aras_${reason}`);
  });

  it.each([
    ["1000", "auth"],
    ["1002", "auth"],
    ["936", "invalid_request"],
    ["70028", "invalid_request"],
    ["942", "invalid_request"],
    ["5003", "unavailable"],
  ])("SetOrder %s is %s", (code, kind) => {
    expect(setOrderMeaning(code).kind).toBe(kind);
  });
});

describe("Aras query results", () => {
  it.each(["KARGO TAKİP NO", "kargo_takip_no", "KARGO_TAKIP_NO", "Kargo Takip No"])("%s is KARGO_TAKIP_NO", (key) => {
    expect(foldKey(key)).toBe(foldKey("KARGO_TAKIP_NO"));
    expect(normaliseKeys({ [key]: "1234567890123" })).toEqual({ KARGO_TAKIP_NO: "1234567890123" });
  });

  it("parses the JSON string again; object, array, CargoInfo and null alike", () => {
    const row = { MUSTERI_OZEL_KODU: "K1", KARGO_TAKIP_NO: 1234567890123, DURUM_KODU: "2" };
    const expected = [{ MUSTERI_OZEL_KODU: "K1", KARGO_TAKIP_NO: "1234567890123", DURUM_KODU: "2" }];
    expect(parseQueryResult(JSON.stringify({ QueryResult: { Cargo: row } }))).toEqual(expected);
    expect(parseQueryResult(JSON.stringify({ QueryResult: { Cargo: [row] } }))).toEqual(expected);
    expect(parseQueryResult(JSON.stringify({ QueryResult: { CargoInfo: [row] } }))).toEqual(expected);
    expect(parseQueryResult(JSON.stringify({ QueryResult: null }))).toEqual([]);
    expect(parseQueryResult("")).toEqual([]);
  });

  it("keeps long numbers whole", () => {
    const [row] = parseQueryResult('{"QueryResult":{"Cargo":{"KARGO_TAKIP_NO":12345678901234567890}}}');
    expect(row?.KARGO_TAKIP_NO).toBe("12345678901234567890");
  });

  it("plain text: a login failure is an auth error, anything else a bad response, both keep Aras's words", () => {
    expect(() => parseQueryResult("Kullanıcı adı veya şifre hatalı")).toThrow(
      expect.objectContaining({ kind: "auth", providerMessage: "Kullanıcı adı veya şifre hatalı" }),
    );
    expect(() => parseQueryResult("Beklenmeyen bir hata oluştu")).toThrow(
      expect.objectContaining({ kind: "bad_response" }),
    );
  });
});
