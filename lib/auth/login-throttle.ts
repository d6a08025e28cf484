import { and, count, eq, gt, lt, max, min } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginAttempts } from "@/db/schema";

/** Failures one address may make on one account within LOGIN_WINDOW_MS before that pair waits out the window. */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failures on one account (from anywhere) before each further try has to wait, twice as long each time. */
export const EMAIL_FREE_FAILURES = 5;
export const EMAIL_MAX_DELAY_MS = 5 * 60 * 1000;
/** Attempts are kept (and a success lets its address through) for a day; older rows are purged. */
export const LOGIN_ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;

export type LoginGate = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

type Where = ReturnType<typeof and>;

async function lastSuccess(db: Db, where: Where, since: Date): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(where, eq(loginAttempts.succeeded, true), gt(loginAttempts.createdAt, since)));
  return row?.at ? new Date(row.at) : null;
}

async function failuresSince(db: Db, where: Where, since: Date) {
  const [row] = await db
    .select({ failures: count(), oldest: min(loginAttempts.createdAt), newest: max(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(where, eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since)));
  return {
    failures: row?.failures ?? 0,
    oldest: row?.oldest ? new Date(row.oldest) : null,
    newest: row?.newest ? new Date(row.newest) : null,
  };
}

const later = (a: Date, b: Date | null) => (b && b > a ? b : a);
const blockedFor = (untilMs: number, now: Date): LoginGate => ({
  isAllowed: false,
  retryAfterSeconds: Math.max(1, Math.ceil((untilMs - now.getTime()) / 1000)),
});

/** The wait after `failures` consecutive failures on an account: none at first, then 2 s, 4 s, … up to 5 minutes. */
export function emailDelayMs(failures: number): number {
  if (failures < EMAIL_FREE_FAILURES) return 0;
  return Math.min(EMAIL_MAX_DELAY_MS, 1000 * 2 ** (failures - EMAIL_FREE_FAILURES + 1));
}

/**
 * Throttles guessing without letting anyone lock a user out: an (e-mail, address) pair is blocked after
 * LOGIN_MAX_FAILURES failures in the window, so one attacker blocks only themself; an e-mail's consecutive failures
 * from anywhere impose a growing (capped) delay between tries, which an address that signed in to that account within
 * the last day skips. A success resets both counts.
 */
export async function checkLoginGate(options: { db: Db; email: string; ip: string; now?: Date }): Promise<LoginGate> {
  const { db } = options;
  const now = options.now ?? new Date();
  const email = options.email.trim().toLowerCase();
  const dayAgo = new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_MS);
  const byPair = and(eq(loginAttempts.email, email), eq(loginAttempts.ip, options.ip));
  const byEmail = and(eq(loginAttempts.email, email));

  const pairSuccess = await lastSuccess(db, byPair, dayAgo);
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const pair = await failuresSince(db, byPair, later(windowStart, pairSuccess));
  if (pair.failures >= LOGIN_MAX_FAILURES && pair.oldest)
    return blockedFor(pair.oldest.getTime() + LOGIN_WINDOW_MS, now);
  if (pairSuccess) return { isAllowed: true };

  const emailSuccess = await lastSuccess(db, byEmail, dayAgo);
  const account = await failuresSince(db, byEmail, later(dayAgo, emailSuccess));
  const delay = emailDelayMs(account.failures);
  if (delay > 0 && account.newest && now.getTime() - account.newest.getTime() < delay)
    return blockedFor(account.newest.getTime() + delay, now);
  return { isAllowed: true };
}

export async function recordLoginAttempt(options: {
  db: Db;
  email: string;
  ip: string;
  succeeded: boolean;
  now?: Date;
}): Promise<void> {
  await options.db.insert(loginAttempts).values({
    email: options.email.trim().toLowerCase(),
    ip: options.ip,
    succeeded: options.succeeded,
    ...(options.now ? { createdAt: options.now } : {}),
  });
}

/** Deletes attempts older than a day; they no longer count for anything. */
export async function purgeLoginAttempts(options: { db: Db; now?: Date }): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - LOGIN_ATTEMPT_RETENTION_MS);
  const rows = await options.db
    .delete(loginAttempts)
    .where(lt(loginAttempts.createdAt, cutoff))
    .returning({ id: loginAttempts.id });
  return rows.length;
}
