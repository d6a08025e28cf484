/**
 * Cargo capability (Aras, later others). A shipment is keyed by Köprü's stable integration code (Aras
 * MUSTERI_OZEL_KODU), chosen before the first call, so a retried create finds the earlier one instead of doubling it.
 * Ids and tracking numbers are strings. Adapters never touch the DB or env; they throw `ProviderError`.
 */
import type { ShipmentStatus } from "@/lib/shipments/upsert-shipment";

export type ShipmentAddress = {
  fullName: string;
  address: string;
  district: string | null;
  city: string;
  postalCode: string | null;
  phone: string | null;
  email: string | null;
};

export type CreateShipmentInput = {
  /** Stable per package: 2–32 characters, unique per merchant. */
  integrationCode: string;
  /** The order/invoice number printed on the label. */
  reference: string;
  recipient: ShipmentAddress;
  pieceCount: number;
  /** Desi (volumetric weight) and kilograms, as decimals the provider accepts. */
  desi?: number;
  weightKg?: number;
  /** Cash on delivery amount in minor units; absent for prepaid. */
  codAmountMinor?: number;
  /** Per-piece barcodes (unique, never reused) and measures; default: derived from the integration code. */
  pieces?: ShipmentPiece[];
};

export type ShipmentPiece = { barcode: string; desi?: number; weightKg?: number; description?: string };

export type Shipment = {
  integrationCode: string;
  trackingNumber: string | null;
  status: ShipmentStatus;
  /** When the provider last changed it. */
  updatedAt: Date | null;
  trackingUrl: string | null;
  raw: unknown;
};

export type TrackingEvent = { at: Date; status: ShipmentStatus; location: string | null; description: string | null };

export interface CargoAdapter {
  testConnection(): Promise<void>;
  /** Idempotent per `integrationCode`: looks the code up first and returns the existing shipment. */
  createShipment(input: CreateShipmentInput): Promise<Shipment>;
  /** null when the provider does not know the code. */
  getShipment(integrationCode: string): Promise<Shipment | null>;
  /** Cancels a shipment not yet handed over. Idempotent: cancelling a cancelled shipment succeeds. */
  cancelShipment?(integrationCode: string): Promise<void>;
  /** Movement history, oldest first. */
  track?(integrationCode: string): Promise<TrackingEvent[]>;
}
