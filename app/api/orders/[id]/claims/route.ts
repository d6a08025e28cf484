// GET /api/orders/{id}/claims – the return requests imported for an order
import { apiRoute } from "@/lib/http/api-route";
import { requireRouteId } from "@/lib/http/route-id";
import { listOrderClaims } from "@/lib/orders/order-claims";

export const GET = apiRoute<{ id: string }>("read", async ({ db, params }) =>
  listOrderClaims({ db, orderId: requireRouteId(params.id) }),
);
