// GET|PUT /api/settings/order-to-cash – when shipments and invoices are made, and what is sent back (admin)
import { apiRoute, readJson } from "@/lib/http/api-route";
import { getOrderToCashRules, orderToCashRulesSchema, saveOrderToCashRules } from "@/lib/order-to-cash/rules";

export const GET = apiRoute("write", async ({ db }) => getOrderToCashRules(db));

export const PUT = apiRoute("write", async ({ db, req, actor }) =>
  saveOrderToCashRules({ db, actor, input: await readJson(req, orderToCashRulesSchema) }),
);
