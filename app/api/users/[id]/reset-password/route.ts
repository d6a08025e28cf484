// POST /api/users/{id}/reset-password – an admin gives a user a new temporary password, answered once (admins only)
import { apiRoute } from "@/lib/http/api-route";
import { requireRouteId } from "@/lib/http/route-id";
import { resetUserPassword } from "@/lib/users/passwords";

export const POST = apiRoute<{ id: string }>("admin", async ({ db, params, actor }) =>
  resetUserPassword({ db, actor, id: requireRouteId(params.id) }),
);
