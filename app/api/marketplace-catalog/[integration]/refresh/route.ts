// POST /api/marketplace-catalog/{integration}/refresh – re-read the marketplace's category tree and brands into the cache
import { apiRoute } from "@/lib/http/api-route";
import { refreshCatalog } from "@/lib/marketplace-catalog/refresh-catalog";

export const POST = apiRoute<{ integration: string }>("operate", async ({ db, params }) =>
  refreshCatalog({ db, integrationId: params.integration }),
);
