// POST /api/integrations/webhook/{provider} – verify, store once, answer fast, hand off for processing after the response
import { after } from "next/server";
import { receiveWebhook } from "@/lib/webhooks/receive-webhook";

export async function POST(req: Request, { params }: { params: Promise<{ provider: string }> }) {
  const { response, afterResponse } = await receiveWebhook({ provider: (await params).provider, req });
  if (afterResponse) after(afterResponse);
  return response;
}
