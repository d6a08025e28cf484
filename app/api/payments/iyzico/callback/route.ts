// POST /api/payments/iyzico/callback?link=… – iyzico returns the buyer with the checkout-form token; public
import { getDb } from "@/db/client";
import { completeIyzicoCheckout } from "@/lib/payments/get-payment-link";

export async function POST(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const link = url.searchParams.get("link") ?? "";
  const token = new URLSearchParams(await req.text()).get("token") ?? "";
  if (link && token)
    await completeIyzicoCheckout({ db: await getDb(), linkId: link, token }).catch((error: unknown) =>
      console.warn("[köprü] iyzico checkout callback", error),
    );
  return Response.redirect(new URL(`/pay/${encodeURIComponent(link)}`, url), 303);
}
