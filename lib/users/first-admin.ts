import { getDb, type Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { getEnv } from "@/lib/env";
import { readLimitedBytes } from "@/lib/http/read-limited";
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
  if (!id) throw setupClosed();
  await recordAudit({
    db: options.db,
    actor: { userId: id, email: data.email, ip: options.ip },
    action: "setup.admin_created",
    targetType: "user",
    targetId: id,
  });
  return { id, email: data.email };
}

/** /api/setup bodies are a name, an e-mail and a password: anything bigger is not a setup. */
export const SETUP_MAX_BODY_BYTES = 16 * 1024;

const setupClosed = () =>
  new AppError("forbidden", "Setup is already complete; sign in instead", { messageKey: "security.setup_closed" });

/**
 * The /setup endpoint's entry: the first admin, on the process database. Once any user exists it answers 403 before
 * reading the body or hashing anything, so the open endpoint costs an attacker's requests nothing of ours.
 */
export async function completeSetup(options: { req: Request; ip: string }) {
  const db = await getDb();
  if ((await countUsers({ db })) > 0) throw setupClosed();
  const text = (await readLimitedBytes(options.req, SETUP_MAX_BODY_BYTES)).toString("utf8");
  let input: unknown = {};
  try {
    if (text.trim()) input = JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body must be valid JSON", { messageKey: "validation.json_body" });
  }
  return createFirstAdmin({ db, input, ip: options.ip });
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
