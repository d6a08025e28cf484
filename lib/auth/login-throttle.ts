import { and, count, eq, gte, min } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginAttempts } from "@/db/schema";

export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export type LoginGate = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

async function failuresSince(
  db: Db,
  column: typeof loginAttempts.email | typeof loginAttempts.ip,
  value: string,
  since: Date,
) {
  const [row] = await db
    .select({ failures: count(), oldest: min(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(eq(column, value), eq(loginAttempts.succeeded, false), gte(loginAttempts.createdAt, since)));
  return { failures: row?.failures ?? 0, oldest: row?.oldest ?? null };
}

/** Blocks an e-mail, or an IP, after LOGIN_MAX_FAILURES failed logins within LOGIN_WINDOW_MS. */
export async function checkLoginGate(options: { db: Db; email: string; ip: string; now?: Date }): Promise<LoginGate> {
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const email = options.email.trim().toLowerCase();
  for (const [column, value] of [
    [loginAttempts.email, email],
    [loginAttempts.ip, options.ip],
  ] as const) {
    const { failures, oldest } = await failuresSince(options.db, column, value, since);
    if (failures >= LOGIN_MAX_FAILURES && oldest) {
      const unblockAt = new Date(oldest).getTime() + LOGIN_WINDOW_MS;
      return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((unblockAt - now.getTime()) / 1000)) };
    }
  }
  return { isAllowed: true };
}

export async function recordLoginAttempt(options: {
  db: Db;
  email: string;
  ip: string;
  succeeded: boolean;
}): Promise<void> {
  await options.db.insert(loginAttempts).values({
    email: options.email.trim().toLowerCase(),
    ip: options.ip,
    succeeded: options.succeeded,
  });
}
