// POST /api/orders/{id}/invoice – issues (once) the order's Luca invoice and e-invoice; `dry_run` shows the request only
import { z } from "zod";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { asJson } from "@/lib/http/as-json";
import { requireRouteId } from "@/lib/http/route-id";
import { findOrderInvoice, issueOrderInvoice } from "@/lib/invoices/issue-order-invoice";
import { runStepNow } from "@/lib/order-to-cash/actions";

const bodySchema = z.object({ dry_run: z.boolean().optional() }).strict();

export const POST = apiRoute<{ id: string }>("operate", async ({ db, req, params, actor }) => {
  const body = await readJson(req, bodySchema);
  const orderId = requireRouteId(params.id);
  if (body.dry_run) {
    const result = await issueOrderInvoice({ db, orderId, dryRun: true });
    if (result.dryRun) return { dry_run: true, request: result.request };
  }
  const result = await runStepNow({ db, actor, orderId, step: "invoice_issued", trigger: "manual" });
  const invoice = await findOrderInvoice({ db, orderId });
  if (result.dry_run || result.outcome === "in_progress" || !invoice)
    return Response.json({ outcome: "in_progress" }, { status: 202 });
  const outcome = result.outcome === "succeeded" ? "issued" : "existing";
  return Response.json(asJson({ ...invoice, outcome }), { status: outcome === "issued" ? 201 : 200 });
});
