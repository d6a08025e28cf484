import { z } from "zod";
import type { ProviderErrorKind } from "@/lib/errors";

/*
 * Aras's own payload shapes. Every value on the wire is a string. Two versions of the SetOrder result-code table are in
 * circulation (fact sheet: doc transcription A and a client's version B); both are mapped here, the one place that
 * choice lives, and the provider's own ResultMessage is always kept beside our sentence.
 */

const text = z.preprocess((value) => (value === undefined || value === null ? "" : String(value)), z.string());

export const orderResultInfoSchema = z.object({
  ResultCode: text,
  ResultMessage: text,
  InvoiceKey: text.optional(),
  OrgReceiverCustId: text.optional(),
});
export type OrderResultInfo = z.infer<typeof orderResultInfoSchema>;

export const cancelResultSchema = z.object({ ResultCode: text, ResultMessage: text });

/** One `Order` as GetOrderWithIntegrationCode echoes it (only the fields we read). */
export const echoedOrderSchema = z.looseObject({
  IntegrationCode: text,
  TradingWaybillNumber: text.optional(),
  ReceiverName: text.optional(),
  PieceCount: text.optional(),
});
export type EchoedOrder = z.infer<typeof echoedOrderSchema>;

/** A QueryType 1 row after key normalisation (see `normaliseKeys`). */
export const cargoRowSchema = z.looseObject({
  MUSTERI_OZEL_KODU: text,
  KARGO_TAKIP_NO: text,
  DURUM_KODU: text,
  TIP_KODU: text,
  DURUMU: text,
  DEVIR_KODU: text,
  ISLEM_TARIHI: text,
  TESLIM_ALAN: text,
  TESLIM_TARIHI: text,
  TESLIM_SAATI: text,
  KARGO_LINK_NO: text,
  VARIS_SUBE: text,
  CIKIS_SUBE: text,
  ADET: text,
});
export type CargoRow = z.infer<typeof cargoRowSchema>;

/** A QueryType 9 movement row (column names differ between clients; normalised keys, all optional). */
export const movementRowSchema = z.looseObject({
  ISLEM_TARIHI: text,
  DURUM_KODU: text,
  TIP_KODU: text,
  DURUMU: text,
  ISLEM: text,
  BIRIM: text,
  SUBE: text,
  ACIKLAMA: text,
});
export type MovementRow = z.infer<typeof movementRowSchema>;

const CANONICAL_KEYS = [
  "MUSTERI_OZEL_KODU",
  "IRSALIYE_NUMARA",
  "GONDERICI",
  "ALICI",
  "KARGO_TAKIP_NO",
  "CIKIS_SUBE",
  "VARIS_SUBE",
  "CIKIS_TARIH",
  "ADET",
  "DESI",
  "ODEME_TIPI",
  "TUTAR",
  "REFERANS",
  "TESLIM_ALAN",
  "TESLIM_TARIHI",
  "TESLIM_SAATI",
  "VARIS_KODU",
  "TIP_KODU",
  "DURUM_KODU",
  "DURUMU",
  "IADE_SEBEBI",
  "KARGO_LINK_NO",
  "WORLDWIDE",
  "KARGO_KODU",
  "DEVIR_KODU",
  "ISLEM_TARIHI",
  "HACIMSEL_AGIRLIK",
  "AGIRLIK",
  "ISLEM",
  "BIRIM",
  "SUBE",
  "ACIKLAMA",
] as const;

/** Folds case and Turkish diacritics and drops spaces/underscores: `KARGO TAKİP NO` and `kargo_takip_no` meet. */
export function foldKey(key: string): string {
  return key
    .replace(/[İIı]/g, "i")
    .toLocaleLowerCase("en")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s_-]+/g, "");
}

const CANONICAL_BY_FOLD = new Map<string, string>(CANONICAL_KEYS.map((key) => [foldKey(key), key]));

/** Renames known columns to their canonical names and stringifies values; unknown columns are kept as they came. */
export function normaliseKeys(row: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      CANONICAL_BY_FOLD.get(foldKey(key)) ?? key,
      value === null || value === undefined ? "" : String(value),
    ]),
  );
}

export type ResultMeaning = { kind: ProviderErrorKind; reason: string; message: string };

const auth = (message: string): ResultMeaning => ({ kind: "auth", reason: "credentials", message });
const invalid = (reason: string, message: string): ResultMeaning => ({ kind: "invalid_request", reason, message });

/** SetOrder `ResultCode` → what it means; `0` is success and absent here. */
export const SET_ORDER_RESULTS: Record<string, ResultMeaning> = {
  // Doc transcription A.
  "934": invalid("receiver_name", "The receiver name is longer than 100 characters"),
  "935": invalid(
    "integration_code_or_phone",
    "The integration code is empty or too long, was resent more than 20 times, or the phone is missing or not numeric",
  ),
  "936": invalid(
    "receiver_address",
    "The receiver name, address, city or town is missing or invalid, or the payment type is",
  ),
  "1000": auth("Aras rejected the order-service user name or password"),
  "1002": auth("Aras rejected the order-service user name, password or integration settings"),
  "1003": invalid("no_branch", "No Aras branch is defined for this account"),
  "1006": invalid("sender_address", "The sender address was not found or is inactive at Aras"),
  "5008": { kind: "unavailable", reason: "not_saved", message: "Aras did not save the order" },
  "60020": invalid("no_order", "No order was sent"),
  "60022": invalid("waybill_cut", "The waybill is already cut; the shipment can no longer be changed"),
  "70018": invalid("receiver_address", "The receiver address is longer than 250 characters"),
  "70021": invalid("piece_count", "The piece count must be greater than zero"),
  "70022": invalid("piece_barcode", "A piece barcode is missing"),
  "70026": invalid("piece_detail", "A volume, a reused barcode or the cash-on-delivery amount (5–5000 TL) is invalid"),
  "70027": invalid("waybill_cut", "The waybill is already cut or the barcode was already sent"),
  "70028": invalid("piece_barcode", "Two pieces have the same barcode"),
  "70121": invalid("waybill_number", "The waybill number is longer than 16 characters"),
  // Version B (one client quoting another edition of the document).
  "937": invalid("integration_code_or_phone", "The integration code is missing"),
  "938": invalid("receiver_address", "The receiver address is missing or invalid"),
  "939": invalid("receiver_name", "The receiver name is missing or invalid"),
  "940": invalid("receiver_address", "The receiver city is missing or invalid"),
  "941": invalid("receiver_address", "The receiver town is missing or invalid"),
  "942": invalid("cod", "Cash on delivery cannot be combined with receiver-pays"),
  "1001": auth("Aras rejected the integration settings"),
  "70020": invalid("piece_count", "The piece count does not match the piece details"),
  "70029": invalid("waybill_cut", "The waybill is already cut; the shipment can no longer be changed"),
  "70030": invalid("piece_barcode", "Two pieces have the same barcode"),
  "70035": invalid("integration_code_or_phone", "The order was updated more than 20 times"),
};

/** `5000`–`5007` are generic server errors at Aras. */
export function setOrderMeaning(code: string): ResultMeaning {
  const known = SET_ORDER_RESULTS[code];
  if (known) return known;
  if (/^500[0-7]$/.test(code))
    return { kind: "unavailable", reason: "server", message: "Aras reported a server error" };
  return { kind: "invalid_request", reason: "unknown", message: "Aras refused the order" };
}

/** CancelDispatch: `0` and `1` are success (the latter "… Başarılı bir şekilde silindi."). */
export const CANCEL_RESULTS: Record<string, ResultMeaning | "ok" | "not_found"> = {
  "0": "ok",
  "1": "ok",
  "-1": "not_found",
  "-2": auth("Aras rejected the order-service user name or password"),
  "999": invalid("waybill_cut", "The waybill is already cut: the shipment can only be returned, not cancelled"),
  "936": invalid("unknown", "Aras could not cancel the shipment"),
};
