// POST /api/orders/{id}/shipments – creates (once) the carrier shipment for an order; `dry_run` shows the request only
import { z } from "zod";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { asJson } from "@/lib/http/as-json";
import { runStepNow } from "@/lib/order-to-cash/actions";
import { createOrderShipment, findShipment } from "@/lib/shipments/create-order-shipment";

const bodySchema = z.object({ provider: z.literal("aras"), dry_run: z.boolean().optional() }).strict();

export const POST = apiRoute<{ id: string }>("write", async ({ db, req, params, actor }) => {
  const body = await readJson(req, bodySchema);
  const orderId = z.coerce.number().int().positive().parse(params.id);
  if (body.dry_run) {
    const result = await createOrderShipment({ db, orderId, carrier: body.provider, dryRun: true });
    if (result.dryRun) return { dry_run: true, integration_code: result.integrationCode, request: result.request };
  }
  const result = await runStepNow({ db, actor, orderId, step: "shipment_created", trigger: "manual" });
  const shipment = result.dry_run ? undefined : await findShipment(db, body.provider, result.run.reference ?? "");
  if (!shipment || result.dry_run) return Response.json({ outcome: "in_progress" }, { status: 202 });
  const outcome = result.outcome === "succeeded" ? "created" : "existing";
  return Response.json(asJson({ ...shipment, outcome }), { status: outcome === "created" ? 201 : 200 });
});
