// GET /api/pay/{link} – public: a payment link's state, read back from the provider (the pay page polls it)
import { getDb } from "@/db/client";
import { errorResponse } from "@/lib/http/api-route";
import { getPaymentLink } from "@/lib/payments/get-payment-link";

export async function GET(req: Request, { params }: { params: Promise<{ link: string }> }): Promise<Response> {
  try {
    const link = await getPaymentLink({ db: await getDb(), id: (await params).link });
    return link
      ? Response.json(link, { headers: { "cache-control": "no-store" } })
      : Response.json({ error: "not_found" }, { status: 404 });
  } catch (error) {
    return errorResponse(error, req);
  }
}
