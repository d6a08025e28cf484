// GET /api/marketplace-catalog/{integration}/categories?q= – leaf categories whose path contains q
import { apiRoute } from "@/lib/http/api-route";
import { searchCategories } from "@/lib/marketplace-catalog/search-catalog";

export const GET = apiRoute<{ integration: string }>("read", async ({ db, params, req }) =>
  searchCategories({ db, integrationId: params.integration, q: new URL(req.url).searchParams.get("q") ?? "" }),
);
