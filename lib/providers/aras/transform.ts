import type { CreateShipmentInput, Shipment, TrackingEvent } from "@/lib/providers/cargo";
import type { ArasOrder } from "./client";
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

export const ARAS_TRACKING_URL = "https://kargotakip.araskargo.com.tr/mainpage.aspx";

const upper = (value: string) => value.trim().toLocaleUpperCase("tr-TR");
const cut = (value: string, max: number) => value.slice(0, max);

/** Aras wants 10 digits (`5321112233`): country code and trunk zero dropped. */
export function toArasPhone(phone: string | null): string {
  const digits = (phone ?? "").replace(/\D/g, "");
  return digits.length > 10 ? digits.slice(-10) : digits;
}

/** Piece barcodes: `<integration code><2-digit piece number>`, unique as long as the integration code is. */
export function pieceBarcodes(integrationCode: string, pieceCount: number): string[] {
  return Array.from({ length: pieceCount }, (_, index) => `${integrationCode}${String(index + 1).padStart(2, "0")}`);
}

const decimal = (value: number, digits: number) => String(Number(value.toFixed(digits)));

/** Köprü's shipment → SetOrder `Order` (credentials are added by the client). Sender pays; COD when unpaid. */
export function toArasOrder(input: CreateShipmentInput): ArasOrder {
  const { recipient } = input;
  const pieceCount = Math.max(1, input.pieceCount);
  const barcodes = input.pieces?.map((piece) => piece.barcode) ?? pieceBarcodes(input.integrationCode, pieceCount);
  const perPiece = (total: number | undefined) => (total === undefined ? "" : decimal(total / barcodes.length, 3));
  const isCod = input.codAmountMinor !== undefined && input.codAmountMinor > 0;
  return {
    TradingWaybillNumber: cut(input.reference, 16),
    IntegrationCode: input.integrationCode,
    ReceiverName: cut(recipient.fullName.trim(), 100),
    ReceiverAddress: cut([recipient.address, recipient.district].filter(Boolean).join(" ").trim(), 250),
    ReceiverPhone1: toArasPhone(recipient.phone),
    ReceiverCityName: cut(upper(recipient.city), 40),
    ReceiverTownName: cut(upper(recipient.district ?? ""), 16),
    VolumetricWeight: input.desi === undefined ? "" : decimal(input.desi, 3),
    Weight: input.weightKg === undefined ? "" : decimal(input.weightKg, 3),
    PieceCount: barcodes.length,
    PayorTypeCode: 1,
    IsWorldWide: 0,
    IsCod: isCod ? 1 : 0,
    ...(isCod
      ? { CodAmount: (input.codAmountMinor! / 100).toFixed(2), CodCollectionType: 0, CodBillingType: "0" }
      : {}),
    PieceDetails: {
      PieceDetail: barcodes.map((barcode, index) => ({
        VolumetricWeight:
          input.pieces?.[index]?.desi !== undefined ? decimal(input.pieces[index].desi, 3) : perPiece(input.desi),
        Weight:
          input.pieces?.[index]?.weightKg !== undefined
            ? decimal(input.pieces[index].weightKg, 3)
            : perPiece(input.weightKg),
        BarcodeNumber: barcode,
        ProductNumber: "",
        Description: cut(input.pieces?.[index]?.description ?? "", 64),
      })),
    },
  };
}

export const trackingUrl = (trackingNumber: string) =>
  `${ARAS_TRACKING_URL}?code=${encodeURIComponent(trackingNumber)}`;

/** A QueryType 1 row → Köprü's shipment; no row means sent but not yet handed over (`registered`). */
export function toShipment(integrationCode: string, row: Record<string, string> | undefined): Shipment {
  if (!row || !row.KARGO_TAKIP_NO) {
    return {
      integrationCode,
      trackingNumber: null,
      status: "registered",
      updatedAt: null,
      trackingUrl: null,
      raw: row ?? null,
    };
  }
  const delivered = row.TESLIM_TARIHI ? parseArasDate(`${row.TESLIM_TARIHI} ${row.TESLIM_SAATI || "00:00"}`) : null;
  return {
    integrationCode,
    trackingNumber: row.KARGO_TAKIP_NO,
    status: toShipmentStatus({ DURUM_KODU: row.DURUM_KODU ?? "", TIP_KODU: row.TIP_KODU }),
    updatedAt: parseArasDate(row.ISLEM_TARIHI) ?? delivered,
    trackingUrl: trackingUrl(row.KARGO_LINK_NO || row.KARGO_TAKIP_NO),
    raw: row,
  };
}

/** QueryType 9 rows → movements, oldest first; rows without a readable date are dropped. */
export function toTrackingEvents(rows: Record<string, string>[]): TrackingEvent[] {
  return rows
    .map((row) => ({
      at: parseArasDate(row.ISLEM_TARIHI),
      status: toShipmentStatus({ DURUM_KODU: row.DURUM_KODU ?? "", TIP_KODU: row.TIP_KODU }),
      location: row.BIRIM || row.SUBE || null,
      description: row.DURUMU || row.ISLEM || row.ACIKLAMA || null,
    }))
    .filter((event): event is TrackingEvent => event.at !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
