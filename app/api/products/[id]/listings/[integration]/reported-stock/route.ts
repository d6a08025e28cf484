// POST /api/products/{id}/listings/{integration}/reported-stock – take the channel's differing stock, or keep Köprü's
import { apiRoute, readJson } from "@/lib/http/api-route";
import { parseProductId } from "@/lib/catalog/get-product";
import { decideReportedStock, reportedStockDecisionSchema } from "@/lib/catalog/reported-stock";

export const POST = apiRoute<{ id: string; integration: string }>("operate", async ({ db, params, actor, req }) =>
  decideReportedStock({
    db,
    actor,
    productId: parseProductId(params.id),
    integrationId: params.integration,
    decision: await readJson(req, reportedStockDecisionSchema),
  }),
);
