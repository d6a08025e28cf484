// GET|POST /api/users – list users; invite one with a temporary password (admins only)
import { getDb } from "@/db/client";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { inviteUser, listUsers, newUserSchema } from "@/lib/users/manage-users";

export const GET = apiRoute("write", async () => ({ users: await listUsers({ db: await getDb() }) }));

export const POST = apiRoute("write", async ({ req, actor }) => {
  const input = await readJson(req, newUserSchema);
  return Response.json(await inviteUser({ db: await getDb(), actor, input }), { status: 201 });
});
