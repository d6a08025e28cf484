// GET /api/payments/{id} – one payment with the provider's timeline and its refunds
import { apiRoute } from "@/lib/http/api-route";
import { requirePaymentId } from "@/lib/payments/payment-id";
import { getPayment } from "@/lib/payments/get-payment";

export const GET = apiRoute<{ id: string }>("read", async ({ db, params }) =>
  getPayment({ db, id: requirePaymentId(params.id) }),
);
