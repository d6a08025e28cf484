// GET|POST /api/tokens – list API tokens; create one (scope ≤ the creator's role, optional expiry), whose value is
// shown once (admins only)
import { createApiToken, listApiTokens, newTokenSchema } from "@/lib/auth/api-tokens";
import { apiRoute, readJson } from "@/lib/http/api-route";

export const GET = apiRoute("admin", async ({ db }) => ({ tokens: await listApiTokens({ db }) }));

export const POST = apiRoute("admin", async ({ db, req, actor }) => {
  const input = await readJson(req, newTokenSchema);
  return Response.json(await createApiToken({ db, actor, input }), { status: 201 });
});
