// GET /api/orders/{id} – one order with its lines and the marketplace's raw payload
import { AppError } from "@/lib/errors";
import { requireRouteId } from "@/lib/http/route-id";
import { apiRoute } from "@/lib/http/api-route";
import { getOrder } from "@/lib/orders/list-orders";

export const GET = apiRoute<{ id: string }>("read", async ({ db, params }) => {
  const order = await getOrder({ db: db, id: requireRouteId(params.id) });
  if (!order) throw new AppError("not_found", "No such order", { messageKey: "errors.order_not_found" });
  return order;
});
