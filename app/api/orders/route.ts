// GET /api/orders – imported orders, newest first, filterable and searchable (order number, customer, SKU)
import { getDb } from "@/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { listOrders } from "@/lib/orders/list-orders";

export const GET = apiRoute("read", async ({ req }) => listOrders({ db: await getDb(), filter: Object.fromEntries(new URL(req.url).searchParams) }));
