// POST /api/orders/{id}/shipments – creates (once) the carrier shipment for an order; `dry_run` shows the request only
import { z } from "zod";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { asJson } from "@/lib/http/as-json";
import { createOrderShipment } from "@/lib/shipments/create-order-shipment";

const bodySchema = z.object({ provider: z.literal("aras"), dry_run: z.boolean().optional() }).strict();

export const POST = apiRoute<{ id: string }>("operate", async ({ db, req, params }) => {
  const body = await readJson(req, bodySchema);
  const orderId = z.coerce.number().int().positive().parse(params.id);
  const result = await createOrderShipment({ db, orderId, carrier: body.provider, dryRun: body.dry_run });
  if (result.dryRun) return { dry_run: true, integration_code: result.integrationCode, request: result.request };
  return Response.json(asJson({ ...result.shipment, outcome: result.outcome }), {
    status: result.outcome === "created" ? 201 : 200,
  });
});
