// POST /api/orders/{id}/claims/{claimId} – approve or reject (with the marketplace's reason) items of a claim
import { apiRoute, readJson } from "@/lib/http/api-route";
import { requireRouteId } from "@/lib/http/route-id";
import { claimDecisionSchema, decideClaim } from "@/lib/orders/order-claims";

export const POST = apiRoute<{ id: string; claimId: string }>("operate", async ({ db, params, actor, req }) =>
  decideClaim({
    db,
    actor,
    orderId: requireRouteId(params.id),
    claimId: params.claimId,
    input: await readJson(req, claimDecisionSchema),
  }),
);
