import { toSVG } from "bwip-js/node";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orders, shipments } from "@/db/schema";
import { parseRouteId } from "@/lib/http/route-id";
import { pieceBarcodes } from "@/lib/providers/aras";

export type ShipmentLabel = {
  carrier: string;
  integrationCode: string;
  trackingNumber: string | null;
  orderNumber: string | null;
  recipient: { name: string; address: string; district: string; city: string; phone: string };
  /** Each piece's barcode text and its Code 128 as an SVG data URI. */
  pieces: { barcode: string; svg: string }[];
};

const svgDataUri = (text: string) =>
  `data:image/svg+xml;base64,${Buffer.from(
    toSVG({ bcid: "code128", text, height: 14, includetext: true, textxalign: "center" }),
  ).toString("base64")}`;

/** What a printed label shows for one shipment Köprü created, or null for an unknown id. */
export async function loadShipmentLabel(shipmentId: string): Promise<ShipmentLabel | null> {
  const id = parseRouteId(shipmentId);
  if (id === null) return null;
  const db = await getDb();
  const [row] = await db.select().from(shipments).where(eq(shipments.id, id)).limit(1);
  if (!row?.integrationCode) return null;
  const [order] = row.orderId ? await db.select().from(orders).where(eq(orders.id, row.orderId)).limit(1) : [];
  const address = order?.shippingAddress ?? {};
  const text = (key: string) => address[key] ?? "";
  const barcodes = row.pieces?.map((piece) => piece.barcode) ?? pieceBarcodes(row.integrationCode, 1);
  return {
    carrier: row.carrier,
    integrationCode: row.integrationCode,
    trackingNumber: row.trackingNumber,
    orderNumber: order?.remoteOrderNumber ?? row.orderRef,
    recipient: {
      name: text("fullName") || order?.customerName || "",
      address: text("address"),
      district: text("district"),
      city: text("city"),
      phone: text("phone"),
    },
    pieces: barcodes.map((barcode) => ({ barcode, svg: svgDataUri(barcode) })),
  };
}
