// GET|POST /api/tokens – list API tokens; create one, whose value is shown once (admins only)
import { z } from "zod";
import { getDb } from "@/db/client";
import { createApiToken, listApiTokens } from "@/lib/auth/api-tokens";
import { apiRoute, readJson } from "@/lib/http/api-route";

const newTokenSchema = z.object({ name: z.string().trim().min(1, "Give the token a name").max(80) });

export const GET = apiRoute("write", async () => ({ tokens: await listApiTokens({ db: await getDb() }) }));

export const POST = apiRoute("write", async ({ req, actor }) => {
  const { name } = await readJson(req, newTokenSchema);
  return Response.json(await createApiToken({ db: await getDb(), actor, name }), { status: 201 });
});
