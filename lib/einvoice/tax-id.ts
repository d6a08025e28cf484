/*
 * Turkish tax ids (fact sheet, law): VKN for companies (10 digits), TCKN for persons (11 digits, first digit not 0).
 * Algorithms as python-stdnum implements them; vectors in the test. The anonymous-consumer placeholder 11111111111 fails
 * the TCKN checksum but is what an e-Arşiv invoice to an unidentified consumer carries, so it is allowed by name only.
 */
export const ANONYMOUS_CONSUMER_TCKN = "11111111111";

export function isValidVkn(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  const digits = [...value].map(Number);
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const t = (digits[i]! + 9 - i) % 10;
    let v = (t * 2 ** (9 - i)) % 9;
    if (t !== 0 && v === 0) v = 9;
    sum += v;
  }
  return digits[9] === (10 - (sum % 10)) % 10;
}

export function isValidTckn(value: string): boolean {
  if (!/^[1-9]\d{10}$/.test(value)) return false;
  const d = [...value].map(Number) as number[];
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const tenth = (((7 * odd - even) % 10) + 10) % 10;
  if (d[9] !== tenth) return false;
  return d[10] === d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
}

export type TaxId = { scheme: "VKN" | "TCKN"; value: string; isAnonymousConsumer: boolean };

/** A buyer's tax id as the e-invoice carries it (UBL `schemeID`), or null when it is neither a VKN nor a TCKN. */
export function parseTaxId(input: string | null | undefined): TaxId | null {
  const value = (input ?? "").replace(/\s/g, "");
  if (value === ANONYMOUS_CONSUMER_TCKN) return { scheme: "TCKN", value, isAnonymousConsumer: true };
  if (isValidVkn(value)) return { scheme: "VKN", value, isAnonymousConsumer: false };
  if (isValidTckn(value)) return { scheme: "TCKN", value, isAnonymousConsumer: false };
  return null;
}
