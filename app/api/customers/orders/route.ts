// GET /api/customers/orders?integration=&key= – one customer's orders, newest first
import { listCustomerOrders } from "@/lib/customers/list-customers";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute("read", async ({ db, req }) =>
  listCustomerOrders({ db, filter: Object.fromEntries(new URL(req.url).searchParams) }),
);
