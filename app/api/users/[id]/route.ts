// PATCH /api/users/{id} – change a user's role or disable them (admins only)
import { requireRouteId } from "@/lib/http/route-id";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { updateUser, userChangeSchema } from "@/lib/users/manage-users";

export const PATCH = apiRoute<{ id: string }>("admin", async ({ db, req, params, actor }) => {
  const id = requireRouteId(params.id);
  return updateUser({ db: db, actor, id, change: await readJson(req, userChangeSchema) });
});
