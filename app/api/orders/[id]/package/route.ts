// POST /api/orders/{id}/package – report a package step to the marketplace (picking, invoiced, unsupplied, own cargo, invoice link)
import { apiRoute, readJson } from "@/lib/http/api-route";
import { requireRouteId } from "@/lib/http/route-id";
import { packageActionSchema, runPackageAction } from "@/lib/orders/run-package-action";

export const POST = apiRoute<{ id: string }>("operate", async ({ db, params, actor, req }) =>
  runPackageAction({
    db,
    actor,
    orderId: requireRouteId(params.id),
    input: await readJson(req, packageActionSchema),
  }),
);
