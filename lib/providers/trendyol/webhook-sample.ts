import { randomInt } from "node:crypto";
import type { TrendyolCredentials } from "@/lib/providers/trendyol/config";
import type { TrendyolWebhookEventType } from "@/lib/providers/trendyol/webhook-wire";
import { buildSharedWebhookAuthHeaders } from "@/lib/providers/webhook-sample-auth";
import type { SampleWebhook } from "@/lib/providers/webhook-types";

export { TRENDYOL_WEBHOOK_EVENT_TYPES } from "@/lib/providers/trendyol/webhook-wire";

const STATUS_FOR: Record<TrendyolWebhookEventType, string> = {
  "order.created": "Created",
  "order.status_changed": "Shipped",
  "order.cancelled": "Cancelled",
};

/** A shipment package as Trendyol pushes it, with the Basic or `x-api-key` header the subscription was given. */
export function buildSampleTrendyolWebhook(
  eventType: TrendyolWebhookEventType,
  credentials: Pick<TrendyolCredentials, "webhook_username" | "webhook_password" | "webhook_api_key">,
): SampleWebhook {
  const now = Date.now();
  const status = STATUS_FOR[eventType];
  const address = {
    firstName: "Ayşe",
    lastName: "Yılmaz",
    address1: "Bağdat Cad. No:1",
    city: "İstanbul",
    district: "Kadıköy",
    countryCode: "TR",
  };
  const payload = {
    id: randomInt(3_000_000_000, 3_999_999_999),
    orderNumber: String(randomInt(10_000_000, 99_999_999)),
    status,
    shipmentPackageStatus: status,
    orderDate: now - 3_600_000,
    lastModifiedDate: now,
    grossAmount: 1249.9,
    totalPrice: 1249.9,
    currencyCode: "TRY",
    customerFirstName: "Ayşe",
    customerLastName: "Yılmaz",
    customerEmail: "pf+abc123@trendyolmail.com",
    shipmentAddress: address,
    invoiceAddress: address,
    cargoProviderName: "Trendyol Express Marketplace",
    cargoTrackingNumber: eventType === "order.created" ? null : 7330012345678,
    lines: [
      {
        id: randomInt(1_000_000, 9_999_999),
        quantity: 1,
        merchantSku: "KOPRU-TSHIRT-M",
        barcode: "8680000000017",
        productName: "Köprü T-Shirt M",
        price: 1249.9,
        amount: 1249.9,
        vatBaseAmount: 20,
        orderLineItemStatusName: status,
      },
    ],
    packageHistories: [{ status, createdDate: now }],
  };
  const auth = {
    username: credentials.webhook_username,
    password: credentials.webhook_password,
    apiKey: credentials.webhook_api_key,
  };
  return {
    body: JSON.stringify(payload),
    headers: { "content-type": "application/json", ...buildSharedWebhookAuthHeaders(auth) },
  };
}
