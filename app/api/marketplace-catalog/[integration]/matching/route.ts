// GET /api/marketplace-catalog/{integration}/matching – Köprü categories and the products still missing a match, problems first
import { apiRoute } from "@/lib/http/api-route";
import { listMatchingQueue } from "@/lib/marketplace-catalog/list-matching-queue";

export const GET = apiRoute<{ integration: string }>("read", async ({ db, params }) =>
  listMatchingQueue({ db, integrationId: params.integration }),
);
