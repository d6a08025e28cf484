import { and, eq } from "drizzle-orm";
import { listings } from "@/db/schema";
import { hepsiburadaProductUpdatedSchema } from "@/lib/providers/hepsiburada/wire";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";

const INTEGRATION_ID = "hepsiburada";

/**
 * Hepsiburada telling us about a listing means it is live there: record its Hepsiburada SKU and mark it active.
 * The pushed price and stock are not applied; Köprü is the source of truth for those and pushes them.
 */
export const handleHepsiburadaProductUpdated: WebhookHandler = async ({ db, payload }) => {
  const push = parsePayload(hepsiburadaProductUpdatedSchema, payload, "Hepsiburada product");
  const match = push.merchantSku
    ? eq(listings.sku, push.merchantSku)
    : eq(listings.remoteId, push.hepsiburadaSku ?? "");
  const ref = push.merchantSku ?? push.hepsiburadaSku;
  const updated = await db
    .update(listings)
    .set({ remoteId: push.hepsiburadaSku, remoteStatus: "active", lastError: null, updatedAt: new Date() })
    .where(and(eq(listings.integrationId, INTEGRATION_ID), match))
    .returning({ sku: listings.sku });
  if (updated.length === 0)
    return { outcome: "processed", note: `no Hepsiburada listing for SKU ${ref}; nothing to update` };
  return { outcome: "processed", note: `listing ${updated.map((row) => row.sku).join(", ")} is active` };
};
