import type { Db } from "@/db/client";
import type { UserRole } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/auth/api-tokens";
import { accessOfRole } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { users } from "@/db/schema";
import { SOCKET_ADDRESS_HEADER, markSocketAddressStamped } from "@/lib/http/client-ip";

/** Inserts a user and returns it as an actor plus a bearer token acting for it (test fixture). */
export async function createTestActor(
  db: Db,
  role: UserRole,
  email = `${role}-${Math.random().toString(36).slice(2)}@example.com`,
) {
  const [user] = await db
    .insert(users)
    .values({ email, role, passwordHash: await hashPassword("correct horse battery") })
    .returning();
  const actor: Actor = { userId: user!.id, email: user!.email, role, via: "token", ip: "127.0.0.1" };
  const { token } = await createApiToken({ db, actor, input: { name: `${role} token`, scope: accessOfRole(role) } });
  return { actor, token, password: "correct horse battery" };
}

/** A request as the stamped Node server hands it on: from client address 203.0.113.7 (see lib/http/client-ip.ts). */
export function jsonRequest(url: string, options: { method?: string; token?: string; body?: unknown } = {}): Request {
  markSocketAddressStamped();
  // What the console's own pages send: a same-origin fetch (cookie-authenticated writes need it).
  const headers = new Headers({
    "content-type": "application/json",
    "sec-fetch-site": "same-origin",
    [SOCKET_ADDRESS_HEADER]: "203.0.113.7",
  });
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  return new Request(`http://localhost${url}`, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === "string"
          ? options.body
          : JSON.stringify(options.body),
  });
}

export const routeParams = <P>(params: P) => ({ params: Promise.resolve(params) });
