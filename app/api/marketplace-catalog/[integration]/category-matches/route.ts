// PUT /api/marketplace-catalog/{integration}/category-matches – a Köprü category's marketplace defaults
import { apiRoute, readJson } from "@/lib/http/api-route";
import { categoryMatchSchema, saveCategoryMatch } from "@/lib/marketplace-catalog/product-matches";

export const PUT = apiRoute<{ integration: string }>("operate", async ({ db, params, actor, req }) => {
  await saveCategoryMatch({
    db,
    actor,
    integrationId: params.integration,
    input: await readJson(req, categoryMatchSchema),
  });
  return { ok: true };
});
