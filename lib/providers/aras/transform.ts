import type { ShipmentStatus } from "@/lib/shipments/upsert-shipment";

/** Aras DURUM_KODU: 1 at the origin branch … 7 redirected. TIP_KODU 3 marks a return shipment, whatever the code. */
const STATUS_BY_CODE: Record<string, ShipmentStatus> = {
  "1": "accepted",
  "2": "in_transit",
  "3": "at_delivery_branch",
  "4": "out_for_delivery",
  "5": "partially_delivered",
  "6": "delivered",
  "7": "redirected",
};

export function toShipmentStatus(row: { DURUM_KODU: string; TIP_KODU?: string }): ShipmentStatus {
  if (row.TIP_KODU === "3") return "returned";
  return STATUS_BY_CODE[row.DURUM_KODU] ?? "unknown";
}

const ARAS_DATE = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "dd.MM.yyyy HH:mm:ss" in Turkey time (UTC+3 all year since 2016), as Aras's query service prints it; else ISO. */
export function parseArasDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const match = ARAS_DATE.exec(value.trim());
  if (match) {
    const [, day, month, year, hour, minute, second = "00"] = match;
    const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}+03:00`);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
