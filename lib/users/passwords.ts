import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";

export const passwordChangeSchema = z.object({
  current_password: z.string().max(200).optional(),
  new_password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
});
export type PasswordChange = z.infer<typeof passwordChangeSchema>;

// No look-alike characters: the admin reads it out or pastes it to the user.
const TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** A temporary password from the CSPRNG, comfortably above the minimum length. */
export function generateTemporaryPassword(length = Math.max(16, MIN_PASSWORD_LENGTH)): string {
  return Array.from({ length }, () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)]).join("");
}

async function findUser(db: Db, id: number) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  if (!user) throw new AppError("not_found", "No user with this id");
  return user;
}

/**
 * A user changes their own password. The current one is required, except at first sign-in (or after an admin's reset),
 * when the user has just proved it by signing in with the temporary password. Every other session of the user ends.
 */
export async function changeOwnPassword(options: { db: Db; actor: Actor; input: PasswordChange }) {
  const { db, actor } = options;
  const input = passwordChangeSchema.parse(options.input);
  const user = await findUser(db, actor.userId);
  const isFirstPassword = user.mustChangePassword;
  if (!isFirstPassword) {
    if (!input.current_password || !(await verifyPassword(input.current_password, user.passwordHash)))
      throw new AppError("invalid_input", "The current password is not correct", {
        messageKey: "errors.current_password_wrong",
        issues: [{ path: "current_password", message: "errors.current_password_wrong" }],
      });
  }
  if (await verifyPassword(input.new_password, user.passwordHash))
    throw new AppError("invalid_input", "Choose a password different from the current one", {
      messageKey: "errors.password_unchanged",
      issues: [{ path: "new_password", message: "errors.password_unchanged" }],
    });
  await db
    .update(users)
    .set({
      passwordHash: await hashPassword(input.new_password),
      mustChangePassword: false,
      passwordChangedAt: new Date(),
    })
    .where(eq(users.id, user.id));
  await recordAudit({
    db,
    actor,
    action: isFirstPassword ? "user.password_set" : "user.password_changed",
    targetType: "user",
    targetId: user.id,
  });
  return { email: user.email };
}

/**
 * "Forgot password": an admin gives another user a new temporary password, shown once. The user's sessions end and
 * they must set their own password at their next sign-in.
 */
export async function resetUserPassword(options: { db: Db; actor: Actor; id: number }) {
  const { db, actor, id } = options;
  if (id === actor.userId)
    throw new AppError("conflict", "Change your own password on your account page", {
      messageKey: "errors.reset_own_password",
    });
  const user = await findUser(db, id);
  const temporaryPassword = generateTemporaryPassword();
  await db
    .update(users)
    .set({
      passwordHash: await hashPassword(temporaryPassword),
      mustChangePassword: true,
      passwordChangedAt: new Date(),
    })
    .where(eq(users.id, user.id));
  await recordAudit({
    db,
    actor,
    action: "user.password_reset",
    targetType: "user",
    targetId: user.id,
    details: { email: user.email },
  });
  return { id: user.id, email: user.email, temporaryPassword };
}
