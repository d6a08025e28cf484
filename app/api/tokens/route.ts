// GET|POST /api/tokens – list API tokens; create one, whose value is shown once (admins only)
import { z } from "zod";
import { createApiToken, listApiTokens } from "@/lib/auth/api-tokens";
import { apiRoute, readJson } from "@/lib/http/api-route";

const newTokenSchema = z.object({ name: z.string().trim().min(1, "Give the token a name").max(80) });

export const GET = apiRoute("admin", async ({ db }) => ({ tokens: await listApiTokens({ db: db }) }));

export const POST = apiRoute("admin", async ({ db, req, actor }) => {
  const { name } = await readJson(req, newTokenSchema);
  return Response.json(await createApiToken({ db: db, actor, name }), { status: 201 });
});
