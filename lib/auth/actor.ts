import type { UserRole } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { can, type Access, type TokenScope } from "./permissions";

/** Who is making a request: a signed-in user or an API token acting for its creator. */
export type Actor = {
  userId: number;
  email: string;
  role: UserRole;
  via: "session" | "token";
  /** A token's scope; it narrows the creator's role, never widens it. */
  scope?: TokenScope;
  ip: string;
  /** A signed-in user who still has a temporary password: they may only set their own until they do. */
  mustChangePassword?: boolean;
};

/** Refuses a user who has not yet replaced their temporary password (403 with `reason: "password_change_required"`). */
export function assertPasswordSet(actor: Actor): void {
  if (!actor.mustChangePassword) return;
  throw new AppError("forbidden", "Set your own password before using the console", {
    messageKey: "errors.password_change_required",
    reason: "password_change_required",
  });
}

/** Refuses with 403 unless the actor's role (narrowed by a token's scope) covers `needed`. */
export function assertAccess(actor: Actor, needed: Access): void {
  if (can(actor, needed)) return;
  throw new AppError(
    "forbidden",
    needed === "admin" ? "Only admins can do this" : "Viewers can read but not change anything",
    { messageKey: needed === "admin" ? "errors.admin_only" : "errors.operate_only", needed },
  );
}
