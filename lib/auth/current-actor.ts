import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { getDb } from "@/db/client";
import { users, type User } from "@/db/schema";
import { clientIp } from "@/lib/http/client-ip";
import type { Actor } from "./actor";
import { findTokenOwner } from "./api-tokens";
import { getAuthOptions } from "./options";

function toActor(user: User, via: Actor["via"], ip: string): Actor {
  return { userId: user.id, email: user.email, role: user.role, via, ip };
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
    return owner ? toActor(owner, "token", ip) : null;
  }
  // No session cookie means no session; skipping next-auth here also keeps token-only callers out of cookie parsing.
  if (!headers.get("cookie")?.includes("next-auth.session-token")) return null;
  const session = await getServerSession(getAuthOptions());
  const uid = (session as { uid?: number } | null)?.uid;
  if (!uid) return null;
  const [user] = await db.select().from(users).where(eq(users.id, uid)).limit(1);
  if (!user || user.isDisabled) return null;
  return toActor(user, "session", ip);
}
