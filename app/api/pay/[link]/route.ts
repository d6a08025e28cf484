// GET /api/pay/{link} – public: a payment link's state, read back from the provider (the pay page polls it)
import { publicRoute } from "@/lib/http/public-route";
import { getPaymentLink } from "@/lib/payments/get-payment-link";

export const GET = publicRoute<{ link: string }>(async ({ db, params }) => {
  const link = await getPaymentLink({ db, id: params.link });
  return link
    ? Response.json(link, { headers: { "cache-control": "no-store" } })
    : Response.json({ error: "not_found" }, { status: 404 });
});
