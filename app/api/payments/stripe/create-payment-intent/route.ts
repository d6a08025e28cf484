// POST /api/payments/stripe/create-payment-intent – {amount, currency, orderId} → {clientSecret, paymentIntentId}
import { apiRoute, readJson } from "@/lib/http/api-route";
import { createPaymentIntent, createPaymentIntentSchema } from "@/lib/payments/create-payment-intent";

export const POST = apiRoute("operate", async ({ db, req }) => {
  const input = await readJson(req, createPaymentIntentSchema);
  const { clientSecret, paymentIntentId } = await createPaymentIntent({ db, input });
  return { clientSecret, paymentIntentId };
});
