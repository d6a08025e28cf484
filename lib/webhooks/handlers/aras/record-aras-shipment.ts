import { arasShipmentStatusSchema } from "@/lib/providers/aras/wire";
import { upsertShipment } from "@/lib/shipments/upsert-shipment";
import type { WebhookHandlerContext, WebhookHandlerResult } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";
import { upsertNote } from "../upsert-note";
import { parseArasDate, toShipmentStatus } from "./aras-status";

/**
 * A forwarded Aras `Cargo` row is the shipment's whole current state: upsert it on the tracking number, newer
 * ISLEM_TARIHI wins. MUSTERI_OZEL_KODU is the integration code Köprü gave the shipment, i.e. our order reference.
 */
export async function recordArasShipment(context: WebhookHandlerContext): Promise<WebhookHandlerResult> {
  const row = parsePayload(arasShipmentStatusSchema, context.payload, "Aras shipment");
  if (!row.KARGO_TAKIP_NO) {
    return {
      outcome: "ignored",
      note: `shipment ${row.MUSTERI_OZEL_KODU} has no tracking number yet; Aras assigns one at pickup`,
    };
  }
  const outcome = await upsertShipment({
    db: context.db,
    shipment: {
      carrier: "aras",
      trackingNumber: row.KARGO_TAKIP_NO,
      orderRef: row.MUSTERI_OZEL_KODU,
      status: toShipmentStatus(row),
      statusText: row.DURUMU ?? null,
      remoteUpdatedAt: parseArasDate(row.ISLEM_TARIHI) ?? context.event.receivedAt,
      raw: context.payload,
    },
  });
  return { outcome: "processed", note: upsertNote(`shipment ${row.KARGO_TAKIP_NO}`, outcome) };
}
