import { describe, expect, it } from "vitest";
import { ANONYMOUS_CONSUMER_TCKN, isValidTckn, isValidVkn, parseTaxId } from "./tax-id";

describe("VKN", () => {
  it.each([
    ["4540536920", true],
    ["4540536921", false],
    ["1234567890", true],
    ["123456789", false],
    ["12345678901", false],
    ["12345A7890", false],
  ])("%s → %s", (vkn, valid) => {
    expect(isValidVkn(vkn)).toBe(valid);
  });
});

describe("TCKN", () => {
  it.each([
    ["17291716060", true],
    ["17291716050", false],
    ["10000000146", true],
    ["11111111110", true],
    ["01234567890", false],
    [ANONYMOUS_CONSUMER_TCKN, false],
    ["1729171606", false],
  ])("%s → %s", (tckn, valid) => {
    expect(isValidTckn(tckn)).toBe(valid);
  });
});

describe("a buyer's tax id", () => {
  it.each([
    ["4540536920", { scheme: "VKN", isAnonymousConsumer: false }],
    ["172 9171 6060", { scheme: "TCKN", value: "17291716060" }],
    [ANONYMOUS_CONSUMER_TCKN, { scheme: "TCKN", isAnonymousConsumer: true }],
  ])("%s is %o", (input, expected) => {
    expect(parseTaxId(input)).toMatchObject(expected);
  });

  it.each(["4540536921", "17291716050", "", null, "2222222223"])("%o is rejected", (input) => {
    expect(parseTaxId(input)).toBeNull();
  });
});
