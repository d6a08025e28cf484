// GET|POST /api/users – list users; invite one with a temporary password (admins only)
import { apiRoute, readJson } from "@/lib/http/api-route";
import { inviteUser, listUsers, newUserSchema } from "@/lib/users/manage-users";

export const GET = apiRoute("admin", async ({ db }) => ({ users: await listUsers({ db: db }) }));

export const POST = apiRoute("admin", async ({ db, req, actor }) => {
  const input = await readJson(req, newUserSchema);
  return Response.json(await inviteUser({ db: db, actor, input }), { status: 201 });
});
