// POST /api/payments/iyzico/3ds-callback – the bank's 3D Secure form: signature checked, then 3DS complete; public
import { getDb } from "@/db/client";
import { errorResponse } from "@/lib/http/api-route";
import { completeIyzicoThreeDs } from "@/lib/payments/complete-iyzico-three-ds";

export async function POST(req: Request): Promise<Response> {
  try {
    const form = Object.fromEntries(new URLSearchParams(await req.text()));
    const payment = await completeIyzicoThreeDs({ db: await getDb(), form });
    return Response.json({ status: payment.status, paymentId: payment.remoteId });
  } catch (error) {
    return errorResponse(error, req);
  }
}
