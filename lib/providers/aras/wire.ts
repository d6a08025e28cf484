import { z } from "zod";

/**
 * Aras Kargo has no push channel (fact sheet): status comes from polling the query service. What Köprü accepts on its
 * webhook route is our own shape, chosen to equal one QueryType 1 `Cargo` row (the same column names), so a relay
 * that polls Aras can forward rows unchanged. Values arrive as strings or numbers; both are read as text.
 */
const text = z.union([z.string(), z.number()]).transform(String);

export const arasShipmentStatusSchema = z.looseObject({
  MUSTERI_OZEL_KODU: text.pipe(z.string().min(2, "Integration code must have 2–32 characters").max(32)),
  KARGO_TAKIP_NO: text.nullish(),
  DURUM_KODU: text.pipe(z.string().regex(/^[1-7]$/, "Must be a status code 1–7")),
  TIP_KODU: text.pipe(z.string().regex(/^[1-3]$/, "Must be a type code 1–3")).optional(),
  DURUMU: z.string().nullish(),
  DEVIR_KODU: z.string().nullish(),
  ISLEM_TARIHI: text.nullish(),
  TESLIM_ALAN: z.string().nullish(),
});
export type ArasShipmentStatus = z.infer<typeof arasShipmentStatusSchema>;

export const ARAS_WEBHOOK_EVENT_TYPES = ["shipment.status_changed", "shipment.delivered", "shipment.returned"] as const;
export type ArasWebhookEventType = (typeof ARAS_WEBHOOK_EVENT_TYPES)[number];

/** TIP_KODU 3 (return) overrides DURUM_KODU; DURUM_KODU 6 is delivered; every other code is a status change. */
export function arasEventType(row: Pick<ArasShipmentStatus, "DURUM_KODU" | "TIP_KODU">): ArasWebhookEventType {
  if (row.TIP_KODU === "3") return "shipment.returned";
  if (row.DURUM_KODU === "6") return "shipment.delivered";
  return "shipment.status_changed";
}
