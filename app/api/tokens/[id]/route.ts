// DELETE /api/tokens/{id} – revokes an API token (admins only)
import { z } from "zod";
import { getDb } from "@/db/client";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { apiRoute } from "@/lib/http/api-route";

export const DELETE = apiRoute<{ id: string }>("write", async ({ params, actor }) => {
  await revokeApiToken({ db: await getDb(), actor, id: z.coerce.number().int().positive().parse(params.id) });
  return new Response(null, { status: 204 });
});
