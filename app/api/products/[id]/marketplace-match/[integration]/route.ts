// GET, PUT /api/products/{id}/marketplace-match/{integration} – a product's own marketplace category, brand and attributes
import { apiRoute, readJson } from "@/lib/http/api-route";
import { requireRouteId } from "@/lib/http/route-id";
import { getProductMatch } from "@/lib/marketplace-catalog/get-product-match";
import { productMatchSchema, saveProductMatch } from "@/lib/marketplace-catalog/product-matches";

type Params = { id: string; integration: string };

export const GET = apiRoute<Params>("read", async ({ db, params }) =>
  getProductMatch({ db, integrationId: params.integration, productId: requireRouteId(params.id) }),
);

export const PUT = apiRoute<Params>("operate", async ({ db, params, actor, req }) => {
  const productId = requireRouteId(params.id);
  await saveProductMatch({
    db,
    actor,
    integrationId: params.integration,
    productId,
    input: await readJson(req, productMatchSchema),
  });
  return getProductMatch({ db, integrationId: params.integration, productId });
});
