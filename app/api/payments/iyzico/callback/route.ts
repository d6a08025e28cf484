// POST /api/payments/iyzico/callback?link=… – iyzico returns the buyer with the checkout-form token; public
import { publicRoute } from "@/lib/http/public-route";
import { completeIyzicoCheckout } from "@/lib/payments/get-payment-link";

// The buyer always lands on the pay page, which reads the outcome back from iyzico; a failure here is only logged.
export const POST = publicRoute(async ({ db, req }) => {
  const url = new URL(req.url);
  const link = url.searchParams.get("link") ?? "";
  const token = new URLSearchParams(await req.text()).get("token") ?? "";
  if (link && token)
    await completeIyzicoCheckout({ db, linkId: link, token }).catch((error: unknown) =>
      console.warn("[köprü] iyzico checkout callback", error),
    );
  return Response.redirect(new URL(`/pay/${encodeURIComponent(link)}`, url), 303);
});
