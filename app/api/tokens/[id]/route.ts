// DELETE /api/tokens/{id} – revokes an API token (admins only)
import { z } from "zod";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { apiRoute } from "@/lib/http/api-route";

export const DELETE = apiRoute<{ id: string }>("write", async ({ db, params, actor }) => {
  await revokeApiToken({ db: db, actor, id: z.coerce.number().int().positive().parse(params.id) });
  return new Response(null, { status: 204 });
});
