// POST /api/orders/{id}/shipments/refresh – reads the order's shipment from the carrier now (tracking number, status)
import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { asJson } from "@/lib/http/as-json";
import { refreshOrderShipment } from "@/lib/shipments/refresh-order-shipment";

export const POST = apiRoute<{ id: string }>("write", async ({ db, params }) => {
  const orderId = z.coerce.number().int().positive().parse(params.id);
  const { outcome, shipment } = await refreshOrderShipment({ db, orderId });
  return asJson({
    outcome: outcome?.result ?? null,
    status: shipment.status,
    tracking_number: shipment.trackingNumber,
  });
});
