import { randomInt, randomUUID } from "node:crypto";
import type { HepsiburadaCredentials } from "@/lib/providers/hepsiburada/config";
import { buildSharedWebhookAuthHeaders } from "@/lib/providers/webhook-sample-auth";
import type { SampleWebhook } from "@/lib/providers/webhook-types";
import { sampleWebhookCall } from "./webhook-calls";
import type { HepsiburadaWebhookEventType } from "./webhook-wire";

export { HEPSIBURADA_WEBHOOK_EVENT_TYPES } from "./webhook-wire";

/** A call as Hepsiburada makes it: its method and sub-path, its body, and the Basic credentials from the ticket. */
export function buildSampleHepsiburadaWebhook(
  eventType: HepsiburadaWebhookEventType,
  credentials: Pick<HepsiburadaCredentials, "merchant_id" | "webhook_username" | "webhook_password">,
): SampleWebhook {
  const at = new Date().toISOString();
  const line = {
    id: randomUUID(),
    orderNumber: String(randomInt(4_000_000_000, 4_999_999_999)),
    merchantId: credentials.merchant_id,
    sku: "HBCV00000ABCDE",
    merchantSku: "KOPRU-TSHIRT-M",
    name: "Köprü T-shirt M",
    quantity: 1,
    unitPrice: 1249.9,
    orderDate: at,
    customerName: "Ayşe Yılmaz",
  };
  const packageNumber = String(randomInt(100_000_000, 999_999_999));
  const pkg = {
    packageNumber,
    barcode: `HB${packageNumber}`,
    merchantId: credentials.merchant_id,
    cargoCompany: "Yurtiçi Kargo",
    lines: [line],
  };
  const call = sampleWebhookCall(eventType, line, pkg, at);
  const auth = { username: credentials.webhook_username, password: credentials.webhook_password };
  return {
    body: JSON.stringify(call.body),
    method: call.method,
    path: call.path,
    headers: { "content-type": "application/json", ...buildSharedWebhookAuthHeaders(auth) },
  };
}
