// GET /api/orders/{id}/timeline – the order's order-to-cash steps, each with its time, provider reference and error
import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { getOrderTimeline } from "@/lib/orders/order-timeline";

export const GET = apiRoute<{ id: string }>("read", async ({ db, params }) => {
  const orderId = z.coerce.number().int().positive().parse(params.id);
  return { steps: await getOrderTimeline({ db, orderId }) };
});
