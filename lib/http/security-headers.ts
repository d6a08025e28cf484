/** Headers every page and API response carries (applied in next.config.ts). */
export const SECURITY_HEADERS: { key: string; value: string }[] = [
  // No one may frame the console (clickjacking); X-Frame-Options for browsers that ignore CSP's frame-ancestors.
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

/** Sent only when the request reached us (or the TLS-terminating proxy) over https; browsers ignore it over http. */
export const HSTS_HEADER = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

type HeaderRule = {
  source: string;
  has?: { type: "header"; key: string; value?: string }[];
  headers: { key: string; value: string }[];
};

/** The `headers()` rules for next.config.ts. */
export function securityHeaderRules(): HeaderRule[] {
  return [
    { source: "/:path*", headers: SECURITY_HEADERS },
    { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS_HEADER] },
  ];
}
