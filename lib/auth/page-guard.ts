import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { countUsers } from "@/lib/users/manage-users";
import type { Actor } from "./actor";
import { canAdminister } from "./permissions";
import { getActor } from "./current-actor";

/** For console pages: the signed-in actor, or a redirect to /setup (no user yet) or /login. */
export async function requirePageActor(options: { adminOnly?: boolean } = {}): Promise<Actor> {
  const actor = await getActor(await headers());
  if (!actor) {
    if ((await countUsers({ db: await getDb() })) === 0) redirect("/setup");
    redirect("/login");
  }
  if (actor.mustChangePassword) redirect("/set-password");
  if (options.adminOnly && !canAdminister(actor)) redirect("/integrations");
  return actor;
}
