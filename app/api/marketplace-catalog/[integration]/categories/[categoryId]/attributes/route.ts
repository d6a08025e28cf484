// GET /api/marketplace-catalog/{integration}/categories/{categoryId}/attributes – a leaf's attributes (cached a week)
import { apiRoute } from "@/lib/http/api-route";
import { getCategoryAttributes } from "@/lib/marketplace-catalog/category-attributes";

export const GET = apiRoute<{ integration: string; categoryId: string }>("read", async ({ db, params }) =>
  getCategoryAttributes({ db, integrationId: params.integration, categoryId: params.categoryId }),
);
