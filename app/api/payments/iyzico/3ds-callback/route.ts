// POST /api/payments/iyzico/3ds-callback – the bank's 3D Secure form: signature checked, then 3DS complete; public
import { publicRoute } from "@/lib/http/public-route";
import { completeIyzicoThreeDs } from "@/lib/payments/complete-iyzico-three-ds";

export const POST = publicRoute(async ({ db, req }) => {
  const form = Object.fromEntries(new URLSearchParams(await req.text()));
  const payment = await completeIyzicoThreeDs({ db, form });
  return { status: payment.status, paymentId: payment.remoteId };
});
