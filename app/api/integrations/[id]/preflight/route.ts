// GET /api/integrations/{id}/preflight – what a products push could not send (category, brand, attributes, barcode)
import { apiRoute } from "@/lib/http/api-route";
import { preflightProductsOut } from "@/lib/marketplace-catalog/preflight-products-out";

export const GET = apiRoute<{ id: string }>("read", async ({ db, params }) =>
  Response.json(await preflightProductsOut({ db: db, integrationId: params.id })),
);
