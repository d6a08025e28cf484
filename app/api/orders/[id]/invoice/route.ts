// POST /api/orders/{id}/invoice – issues (once) the order's Luca invoice and e-invoice; `dry_run` shows the request only
import { z } from "zod";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { asJson } from "@/lib/http/as-json";
import { issueOrderInvoice } from "@/lib/invoices/issue-order-invoice";

const bodySchema = z.object({ dry_run: z.boolean().optional() }).strict();

export const POST = apiRoute<{ id: string }>("operate", async ({ db, req, params }) => {
  const body = await readJson(req, bodySchema);
  const orderId = z.coerce.number().int().positive().parse(params.id);
  const result = await issueOrderInvoice({ db, orderId, dryRun: body.dry_run });
  if (result.dryRun) return { dry_run: true, request: result.request };
  return Response.json(asJson({ ...result.invoice, outcome: result.outcome }), {
    status: result.outcome === "issued" ? 201 : result.outcome === "in_progress" ? 202 : 200,
  });
});
