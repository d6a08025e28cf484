import { describe, expect, it } from "vitest";
import { iyzicoResponseSignature, parseIyzicoAuthorization, signIyzicoRequest } from "./auth";
import { formatIyzicoPrice, parseIyzicoPrice } from "./price";

describe("signIyzicoRequest (IYZWSv2)", () => {
  it("matches the official vector of iyzipay-node", () => {
    const { signature } = signIyzicoRequest({
      apiKey: "api_key",
      secretKey: "secret_key",
      randomKey: "random_string",
      path: "uri",
      body: JSON.stringify("body"),
    });
    expect(signature).toBe("017508921a29ee5601bcd1fbe83efd2e2be43af02eceff30cf2e91a539aab355");
  });

  it("matches the computed vector, header included, and parses back", () => {
    const result = signIyzicoRequest({
      apiKey: "sandbox-apiKey123",
      secretKey: "sandbox-secretKey456",
      randomKey: "123456789",
      path: "/payment/detail",
      body: '{"locale":"tr","conversationId":"123456789","paymentId":"12345678"}',
    });
    expect(result.signature).toBe("7ba8ce20fcd105a5b089e15eb9ddff7701f76666d5656e63031fefe6c9bc4046");
    expect(result.authorization).toBe(
      "IYZWSv2 YXBpS2V5OnNhbmRib3gtYXBpS2V5MTIzJnJhbmRvbUtleToxMjM0NTY3ODkmc2lnbmF0dXJlOjdiYThjZTIwZmNkMTA1YTViMDg5ZTE1ZWI5ZGRmZjc3MDFmNzY2NjZkNTY1NmU2MzAzMWZlZmU2YzliYzQwNDY=",
    );
    expect(parseIyzicoAuthorization(result.authorization)).toEqual({
      apiKey: "sandbox-apiKey123",
      randomKey: "123456789",
      signature: result.signature,
    });
    expect(parseIyzicoAuthorization("IYZWS abc")).toBeNull();
    expect(parseIyzicoAuthorization(`IYZWSv2 ${Buffer.from("apiKey:x").toString("base64")}`)).toBeNull();
  });
});

describe("iyzicoResponseSignature", () => {
  it("matches the official callback vector (empty conversationData and conversationId)", () => {
    expect(iyzicoResponseSignature("jLc7GQHD2pyJoqXDeEcTnGHYtP7Ai5jl", ["", "", "1", "22484292", "success"])).toBe(
      "a4f73b80bb32a6ef8358090bbd8609a49a7b53f463048f8ef147496e236d04f0",
    );
    expect(
      iyzicoResponseSignature("jLc7GQHD2pyJoqXDeEcTnGHYtP7Ai5jl", [null, undefined, 1, "22484292", "success"]),
    ).toBe("a4f73b80bb32a6ef8358090bbd8609a49a7b53f463048f8ef147496e236d04f0");
  });

  it("matches the computed payment vector, stripping trailing zeros from prices", () => {
    const expected = "ff3ff28253c2dd52b277f9dbc4f19cedc96a12b46c8d3ea4438bb07136ca569d";
    const secret = "sandbox-secretKey456";
    expect(iyzicoResponseSignature(secret, ["12345678", "TRY", "B67832", "123456789", "1.2", "1"])).toBe(expected);
    expect(iyzicoResponseSignature(secret, ["12345678", "TRY", "B67832", "123456789", "1.20", "1.0"])).toBe(expected);
    expect(iyzicoResponseSignature(secret, ["12345678", "TRY", "B67832", "123456789", 1.2, 1])).toBe(expected);
  });
});

describe("iyzico prices", () => {
  it.each([
    [2200, "22.0"],
    [1534, "15.34"],
    [1250, "12.5"],
    [5, "0.05"],
    [0, "0.0"],
    [124990, "1249.9"],
  ])("%i kuruş → %s", (kurus, text) => {
    expect(formatIyzicoPrice(kurus)).toBe(text);
    expect(parseIyzicoPrice(text)).toBe(kurus);
  });

  it("parses iyzico's forms and refuses what is not a price", () => {
    expect(parseIyzicoPrice("15.340000")).toBe(1534);
    expect(parseIyzicoPrice(22)).toBe(2200);
    expect(parseIyzicoPrice("1.005")).toBeNull();
    expect(parseIyzicoPrice("-1")).toBeNull();
    expect(parseIyzicoPrice(null)).toBeNull();
    expect(() => formatIyzicoPrice(1.5)).toThrow(RangeError);
  });
});
