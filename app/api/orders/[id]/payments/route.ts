// GET /api/orders/{id}/payments – the order's payment panel: amount due, payments, dispute alerts, links
import { apiRoute } from "@/lib/http/api-route";
import { getOrderPayments } from "@/lib/payments/get-order-payments";
import { requirePaymentId } from "@/lib/payments/payment-id";

export const GET = apiRoute<{ id: string }>("read", async ({ db, params }) =>
  getOrderPayments({ db, orderId: requirePaymentId(params.id) }),
);
