// POST /api/account/password – the signed-in user sets a new password {current_password, new_password}; the current
// one is not asked at first sign-in (temporary password). Other sessions of the user end.
import { apiRoute, readJson } from "@/lib/http/api-route";
import { changeOwnPassword, passwordChangeSchema } from "@/lib/users/passwords";

export const POST = apiRoute(
  "read",
  async ({ db, req, actor }) => changeOwnPassword({ db, actor, input: await readJson(req, passwordChangeSchema) }),
  { whilePasswordPending: true },
);
