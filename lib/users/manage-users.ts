import { asc, count, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { users, userRole } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { userFields } from "./user-schemas";

export const newUserSchema = z.object({
  ...userFields,
  role: z.enum(userRole.enumValues).default("viewer"),
});
export type NewUser = z.input<typeof newUserSchema>;

export const userChangeSchema = z
  .object({ role: z.enum(userRole.enumValues).optional(), is_disabled: z.boolean().optional() })
  .refine((value) => value.role !== undefined || value.is_disabled !== undefined, { message: "Nothing to change" });

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  isDisabled: users.isDisabled,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
  lastLoginAt: users.lastLoginAt,
};

export async function countUsers(options: { db: Db }): Promise<number> {
  const [row] = await options.db.select({ value: count() }).from(users);
  return row?.value ?? 0;
}

export async function listUsers(options: { db: Db }) {
  return options.db.select(publicColumns).from(users).orderBy(asc(users.id));
}

async function insertUser(db: Db, input: NewUser, mustChangePassword: boolean) {
  const data = newUserSchema.parse(input);
  const [row] = await db
    .insert(users)
    .values({
      email: data.email,
      name: data.name,
      role: data.role,
      passwordHash: await hashPassword(data.password),
      mustChangePassword,
    })
    .onConflictDoNothing({ target: users.email })
    .returning(publicColumns);
  if (!row)
    throw new AppError("conflict", "A user with this e-mail already exists", { messageKey: "errors.user_email_taken" });
  return row;
}

/** Invites a user with a temporary password they are asked to change. */
export async function inviteUser(options: { db: Db; actor: Actor; input: NewUser }) {
  const user = await insertUser(options.db, options.input, true);
  await recordAudit({
    db: options.db,
    actor: options.actor,
    action: "user.invited",
    targetType: "user",
    targetId: user.id,
    details: { email: user.email, role: user.role },
  });
  return user;
}

export async function updateUser(options: {
  db: Db;
  actor: Actor;
  id: number;
  change: z.input<typeof userChangeSchema>;
}) {
  const change = userChangeSchema.parse(options.change);
  if (options.id === options.actor.userId)
    throw new AppError("conflict", "You cannot change your own role or disable yourself", {
      messageKey: "errors.user_self_change",
    });
  const [user] = await options.db
    .update(users)
    .set({ role: change.role, isDisabled: change.is_disabled })
    .where(eq(users.id, options.id))
    .returning(publicColumns);
  if (!user) throw new AppError("not_found", "No user with this id", { messageKey: "errors.user_not_found" });
  await recordAudit({
    db: options.db,
    actor: options.actor,
    action: "user.updated",
    targetType: "user",
    targetId: user.id,
    details: change,
  });
  return user;
}
