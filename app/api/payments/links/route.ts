// POST /api/payments/links – "Request payment": {orderId, provider?} → a payment link for what the order still owes
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { getEnv } from "@/lib/env";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { createPaymentLink } from "@/lib/payments/create-payment-link";

const bodySchema = z
  .object({ orderId: z.number().int().positive(), provider: z.enum(["iyzico", "stripe"]).optional() })
  .strict();

export const POST = apiRoute("operate", async ({ db, req, actor }) => {
  const body = await readJson(req, bodySchema);
  const publicUrl = getEnv().KOPRU_PUBLIC_URL ?? new URL(req.url).origin;
  const { link, url } = await createPaymentLink({
    db,
    orderId: body.orderId,
    provider: body.provider,
    publicUrl,
    createdBy: actor.email,
    ip: actor.ip,
  });
  await recordAudit({
    db,
    actor,
    action: "payment.link_created",
    targetType: "order",
    targetId: String(body.orderId),
    details: { provider: link.provider, amount: link.amountKurus },
  });
  return {
    id: link.id,
    url,
    provider: link.provider,
    amountMinor: link.amountKurus,
    currency: link.currency,
    expiresAt: link.expiresAt.toISOString(),
  };
});
