// GET /api/orders/{id}/claim-reject-reasons – the reasons the order's marketplace accepts for rejecting a claim
import { apiRoute } from "@/lib/http/api-route";
import { requireRouteId } from "@/lib/http/route-id";
import { listClaimRejectReasons } from "@/lib/orders/order-claims";

export const GET = apiRoute<{ id: string }>("read", async ({ db, params }) =>
  listClaimRejectReasons({ db, orderId: requireRouteId(params.id) }),
);
