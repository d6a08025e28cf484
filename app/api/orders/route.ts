// GET /api/orders – imported orders, newest order date first, filterable and searchable (order number, customer, SKU)
import { apiRoute } from "@/lib/http/api-route";
import { listOrders } from "@/lib/orders/list-orders";

export const GET = apiRoute("read", async ({ db, req }) =>
  listOrders({ db: db, filter: Object.fromEntries(new URL(req.url).searchParams) }),
);
