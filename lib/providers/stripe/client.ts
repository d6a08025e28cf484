import Stripe from "stripe";

/** Pinned: objects are read in this shape whatever the account's default version is. Bump with stripe-node. */
export const STRIPE_API_VERSION = "2026-10-28.endive" as const;

export type StripeClientOptions = {
  secretKey: string;
  /** `https://api.stripe.com` in production; a loopback fake (`http://127.0.0.1:port`) in tests. */
  baseUrl: string;
  /** The provider fetch (timeout, no redirects, metrics). */
  fetch?: typeof fetch;
  maxNetworkRetries?: number;
};

/**
 * stripe-node pointed at `baseUrl` through its host/port/protocol options, on the fetch we are given. The SDK retries
 * connection errors, 409 and 5xx itself, and every POST we make carries our own idempotency key, so a retry is safe.
 */
export function createStripeClient(options: StripeClientOptions): Stripe {
  const url = new URL(options.baseUrl);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return new Stripe(options.secretKey, {
    apiVersion: STRIPE_API_VERSION,
    host: url.hostname,
    port: Number(url.port || (protocol === "http" ? 80 : 443)),
    protocol,
    httpClient: Stripe.createFetchHttpClient(options.fetch ?? globalThis.fetch),
    maxNetworkRetries: options.maxNetworkRetries ?? 2,
    timeout: 30_000,
    telemetry: false,
  });
}
