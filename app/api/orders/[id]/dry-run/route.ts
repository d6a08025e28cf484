// POST /api/orders/{id}/dry-run – what each order-to-cash step not yet done would send now; nothing is sent
import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { asJson } from "@/lib/http/as-json";
import { dryRunOrder } from "@/lib/order-to-cash/actions";

export const POST = apiRoute<{ id: string }>("write", async ({ db, params }) => {
  const orderId = z.coerce.number().int().positive().parse(params.id);
  return asJson(await dryRunOrder({ db, orderId }));
});
