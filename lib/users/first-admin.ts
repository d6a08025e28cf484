import { getDb, type Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { countUsers, newUserSchema } from "./manage-users";
import { hashPassword } from "@/lib/auth/password";
import { users } from "@/db/schema";
import { sql } from "drizzle-orm";

/**
 * Creates the first admin; closed for good once any user exists. The insert itself re-checks emptiness, so two
 * concurrent setups cannot both succeed.
 */
export async function createFirstAdmin(options: { db: Db; input: unknown; ip: string }) {
  const data = newUserSchema.parse({ ...(options.input as object), role: "admin" });
  const passwordHash = await hashPassword(data.password);
  const rows = await options.db.execute<{ id: number }>(sql`
    insert into ${users} (email, name, password_hash, role)
    select ${data.email}, ${data.name ?? null}, ${passwordHash}, 'admin'
    where not exists (select 1 from ${users})
    returning id`);
  const id = (Array.isArray(rows) ? rows : (rows as { rows: { id: number }[] }).rows)[0]?.id;
  if (!id)
    throw new AppError("forbidden", "Setup is already complete; sign in instead", {
      messageKey: "errors.setup_complete",
    });
  await recordAudit({
    db: options.db,
    actor: { userId: id, email: data.email, ip: options.ip },
    action: "setup.admin_created",
    targetType: "user",
    targetId: id,
  });
  return { id, email: data.email };
}

/** The /setup endpoint's entry: the first admin, on the process database. */
export async function completeSetup(options: { input: unknown; ip: string }) {
  return createFirstAdmin({ db: await getDb(), ...options });
}

/** Seeds an admin from KOPRU_ADMIN_EMAIL / KOPRU_ADMIN_PASSWORD when the database has no user yet. */
export async function seedAdminFromEnv(options: { db: Db }): Promise<void> {
  const env = getEnv();
  if (!env.KOPRU_ADMIN_EMAIL || !env.KOPRU_ADMIN_PASSWORD) return;
  if ((await countUsers(options)) > 0) return;
  await createFirstAdmin({
    db: options.db,
    input: { email: env.KOPRU_ADMIN_EMAIL, password: env.KOPRU_ADMIN_PASSWORD },
    ip: "env",
  }).catch((error: unknown) => {
    if (!(error instanceof AppError)) throw error;
  });
}
