import { eq } from "drizzle-orm";
import { parse } from "lossless-json";
import type { Db } from "@/db/client";
import { webhookEvents, type WebhookEvent } from "@/db/schema";
import type { ShopifyClient } from "@/lib/providers/shopify/client";
import { loadShopifyClient } from "@/lib/sync/shopify/load-shopify";

/**
 * The delivery's body with every number kept as its exact digits (Shopify's numeric ids exceed 2^53, so the JSON.parse
 * view of the payload may have rounded them).
 */
export function readExact(event: WebhookEvent): Record<string, unknown> {
  const value = parse(event.rawBody, null, (digits) => digits);
  return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

/** A numeric id field of the exact body as a GID, e.g. `order_id` → `gid://shopify/Order/8207…`. */
export function exactGid(event: WebhookEvent, field: string, type: string): string | null {
  const value = readExact(event)[field];
  return typeof value === "string" && /^\d+$/.test(value) ? `gid://shopify/${type}/${value}` : null;
}

/** "Send test notification" in the Shopify admin (`X-Shopify-Test: true`), or Köprü's own test button. */
export function isShopifyTest(event: WebhookEvent): boolean {
  const header = Object.entries(event.headers).find(([name]) => name.toLowerCase() === "x-shopify-test")?.[1];
  return event.isTest || header?.toLowerCase() === "true";
}

/** Records a Shopify test notification as a test on the event, so it is listed as one and never counted as a failure. */
export async function markShopifyTest(db: Db, event: WebhookEvent): Promise<void> {
  if (!event.isTest) await db.update(webhookEvents).set({ isTest: true }).where(eq(webhookEvents.id, event.id));
}

/** The client for the stored Shopify credentials; one per delivery (tokens are cached process-wide). */
export async function shopifyClientFor(db: Db): Promise<ShopifyClient> {
  return loadShopifyClient(db);
}
