import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { getDb, type Db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { clientIp } from "@/lib/http/client-ip";
import type { Actor } from "./actor";
import { findTokenOwner } from "./api-tokens";
import { getAuthOptions } from "./options";
import type { TokenScope } from "./permissions";

function toActor(user: User, via: Actor["via"], ip: string, scope?: TokenScope): Actor {
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    via,
    ip,
    ...(scope ? { scope } : {}),
    ...(via === "session" && user.mustChangePassword ? { mustChangePassword: true } : {}),
  };
}

/**
 * The actor behind a request: a `Bearer` API token, or the session cookie. The user row is re-read each time, so a
 * disabled user or a changed role takes effect at once, not when the JWT expires.
 */
export async function getActor(headers: Headers): Promise<Actor | null> {
  const db = await getDb();
  const ip = clientIp(headers);
  const bearer = headers.get("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (bearer) {
    const owner = await findTokenOwner({ db, token: bearer.trim() });
    return owner ? toActor(owner.user, "token", ip, owner.scope) : null;
  }
  // No session cookie means no session; skipping next-auth here also keeps token-only callers out of cookie parsing.
  if (!headers.get("cookie")?.includes("next-auth.session-token")) return null;
  const session = await getServerSession(getAuthOptions());
  const { uid, pwdAt } = (session ?? {}) as { uid?: number; pwdAt?: number };
  return uid ? sessionActor({ db, uid, pwdAt, ip }) : null;
}

/**
 * The actor for a session cookie's user: none for a disabled user or a session signed in before the user's last
 * password change or reset; flagged while the user still has a temporary password.
 */
export async function sessionActor(options: {
  db: Db;
  uid: number;
  pwdAt?: number;
  ip: string;
}): Promise<Actor | null> {
  const [user] = await options.db.select().from(users).where(eq(users.id, options.uid)).limit(1);
  if (!user || user.isDisabled) return null;
  if ((options.pwdAt ?? 0) !== (user.passwordChangedAt?.getTime() ?? 0)) return null;
  return toActor(user, "session", options.ip);
}
