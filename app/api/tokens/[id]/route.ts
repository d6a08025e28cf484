// DELETE /api/tokens/{id} – revokes an API token (admins only)
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { requireRouteId } from "@/lib/http/route-id";
import { apiRoute } from "@/lib/http/api-route";

export const DELETE = apiRoute<{ id: string }>("admin", async ({ db, params, actor }) => {
  await revokeApiToken({ db: db, actor, id: requireRouteId(params.id) });
  return new Response(null, { status: 204 });
});
