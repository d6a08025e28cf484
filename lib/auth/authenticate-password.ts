import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { checkLoginGate, recordLoginAttempt } from "./login-throttle";
import { DUMMY_HASH, verifyPassword } from "./password";

export type PasswordLoginResult =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/** Checks the throttle, then the password; every outcome is recorded for the throttle, successes in the audit log. */
export async function authenticatePassword(options: {
  db: Db;
  email: string;
  password: string;
  ip: string;
}): Promise<PasswordLoginResult> {
  const { db, password, ip } = options;
  const email = options.email.trim().toLowerCase();
  const gate = await checkLoginGate({ db, email, ip });
  if (!gate.isAllowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: gate.retryAfterSeconds };

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  const succeeded = Boolean(user && matches && !user.isDisabled);
  await recordLoginAttempt({ db, email, ip, succeeded });
  if (!user || !succeeded) return { ok: false, reason: "invalid" };

  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  await recordAudit({ db, actor: { userId: user.id, email: user.email, ip }, action: "auth.login" });
  return { ok: true, user };
}
