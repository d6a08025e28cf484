import { createHmac, randomBytes } from "node:crypto";

/**
 * IYZWSv2: `signature = hex(HMAC-SHA256(secretKey, randomKey + path + body))`, where `path` has no scheme, host or query
 * and `body` is the exact JSON text sent; the header is `IYZWSv2 ` + base64(`apiKey:…&randomKey:…&signature:…`).
 */
export function signIyzicoRequest(input: {
  apiKey: string;
  secretKey: string;
  randomKey: string;
  path: string;
  body: string;
}): { authorization: string; signature: string } {
  const signature = createHmac("sha256", input.secretKey)
    .update(input.randomKey + input.path + input.body, "utf8")
    .digest("hex");
  const params = `apiKey:${input.apiKey}&randomKey:${input.randomKey}&signature:${signature}`;
  return { authorization: `IYZWSv2 ${Buffer.from(params, "utf8").toString("base64")}`, signature };
}

/** Fresh per request; iyzico only needs it unique. */
export function newRandomKey(): string {
  return `${Date.now()}${randomBytes(6).toString("hex")}`;
}

/** Splits an `IYZWSv2` header back into its parts (the fake server's check); null when it is malformed. */
export function parseIyzicoAuthorization(
  header: string | null | undefined,
): { apiKey: string; randomKey: string; signature: string } | null {
  const match = /^IYZWSv2 (\S+)$/.exec(header?.trim() ?? "");
  if (!match?.[1]) return null;
  const fields = new Map<string, string>();
  for (const part of Buffer.from(match[1], "base64").toString("utf8").split("&")) {
    const colon = part.indexOf(":");
    if (colon > 0) fields.set(part.slice(0, colon), part.slice(colon + 1));
  }
  const apiKey = fields.get("apiKey");
  const randomKey = fields.get("randomKey");
  const signature = fields.get("signature");
  return apiKey && randomKey && signature ? { apiKey, randomKey, signature } : null;
}

/** A value as iyzico renders it inside a response signature: null → "", numbers without trailing zeros (1.0 → 1). */
function signatureValue(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  return /^-?\d+\.\d+$/.test(value) ? value.replace(/\.?0+$/, "") : value;
}

/** Response and callback signatures: hex HMAC-SHA256 over the listed values joined with ":". */
export function iyzicoResponseSignature(
  secretKey: string,
  values: readonly (string | number | null | undefined)[],
): string {
  return createHmac("sha256", secretKey).update(values.map(signatureValue).join(":"), "utf8").digest("hex");
}
