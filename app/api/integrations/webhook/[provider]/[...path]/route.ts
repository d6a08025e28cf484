// POST|PUT /api/integrations/webhook/{provider}/{…path} – providers that call paths under one registered base URL
// (Hepsiburada: POST /orders, PUT /packages/{n}/intransit, …): the intake routes by method and sub-path
import { after } from "next/server";
import { receiveWebhook } from "@/lib/webhooks/receive-webhook";

type Params = { params: Promise<{ provider: string; path: string[] }> };

async function receive(req: Request, { params }: Params) {
  const { provider, path } = await params;
  const { response, afterResponse } = await receiveWebhook({ provider, req, path: `/${path.join("/")}` });
  if (afterResponse) after(afterResponse);
  return response;
}

export { receive as POST, receive as PUT };
