// POST /api/payments/{id}/refund – {amount?} minor units (omitted: all that is left); Idempotency-Key (or attempt) names the attempt
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { requirePaymentId } from "@/lib/payments/payment-id";
import { refundPayment } from "@/lib/payments/refund-payment";

const bodySchema = z
  .object({ amount: z.number().int().positive().optional(), attempt: z.string().trim().min(1).max(200).optional() })
  .strict();

export const POST = apiRoute<{ id: string }>("operate", async ({ db, req, params, actor }) => {
  const body = await readJson(req, bodySchema);
  const attemptKey = req.headers.get("idempotency-key")?.trim().slice(0, 200) || body.attempt;
  const result = await refundPayment({
    db,
    paymentId: requirePaymentId(params.id),
    amountMinor: body.amount,
    attemptKey,
    requestedBy: actor.email,
    ip: actor.ip,
  });
  if (!result.replayed)
    await recordAudit({
      db,
      actor,
      action: "payment.refunded",
      targetType: "payment",
      targetId: String(result.payment.id),
      details: { amount: result.refund.amountKurus, status: result.refund.status },
    });
  return {
    refund: result.refund,
    replayed: result.replayed,
    payment: { id: result.payment.id, status: result.payment.status, refundedMinor: result.payment.refundedKurus },
  };
});
