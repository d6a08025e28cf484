// GET /api/marketplace-catalog/{integration}/brands?q= – cached brands whose name contains q
import { apiRoute } from "@/lib/http/api-route";
import { searchBrands } from "@/lib/marketplace-catalog/search-catalog";

export const GET = apiRoute<{ integration: string }>("read", async ({ db, params, req }) =>
  searchBrands({ db, integrationId: params.integration, q: new URL(req.url).searchParams.get("q") ?? "" }),
);
