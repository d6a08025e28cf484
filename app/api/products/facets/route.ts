// GET /api/products/facets – the brands, categories and marketplaces the product list can filter by
import { listProductFacets } from "@/lib/catalog/list-product-facets";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute("read", async ({ db }) => listProductFacets({ db: db }));
