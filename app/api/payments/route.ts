// GET /api/payments – payments from iyzico and Stripe, newest first; filters provider, status, order; search q
import { apiRoute } from "@/lib/http/api-route";
import { listPayments } from "@/lib/payments/list-payments";

export const GET = apiRoute("read", async ({ db, req }) =>
  listPayments({ db, filter: Object.fromEntries(new URL(req.url).searchParams) }),
);
