const SECRET_HEADER_NAMES = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-shopify-hmac-sha256",
  "stripe-signature",
]);
const SECRET_HEADER_PARTS = ["secret", "token", "signature", "api-key", "apikey", "password"];
export const REDACTED = "[redacted]";

function isSecretHeader(name: string, extra: ReadonlySet<string>): boolean {
  return (
    SECRET_HEADER_NAMES.has(name) ||
    extra.has(name) ||
    name.startsWith("x-iyz-signature") ||
    SECRET_HEADER_PARTS.some((part) => name.includes(part))
  );
}

/** Headers as a plain object with lower-case names, secret-bearing values replaced, safe to store and show. */
export function redactHeaders(headers: Headers, extraSecretHeaderNames: string[] = []): Record<string, string> {
  const extra = new Set(extraSecretHeaderNames.map((name) => name.toLowerCase()));
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name] = isSecretHeader(name, extra) ? REDACTED : value;
  });
  return result;
}
