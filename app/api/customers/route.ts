// GET /api/customers – customers kept with their orders: ?q= (name or e-mail), ?page=, ?pageSize=
import { listCustomers } from "@/lib/customers/list-customers";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute("read", async ({ db, req }) =>
  listCustomers({ db, filter: Object.fromEntries(new URL(req.url).searchParams) }),
);
