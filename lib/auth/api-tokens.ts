import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { apiTokens, users, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { ACCESS_LEVELS, grantableScopes, type TokenScope } from "./permissions";

const TOKEN_PREFIX = "kpr_";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** What POST /api/tokens accepts: a name, a scope (least privilege by default) and an optional expiry. */
export const newTokenSchema = z.object({
  name: z.string().trim().min(1, "Give the token a name").max(80),
  scope: z.enum(ACCESS_LEVELS).default("read"),
  expires_at: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .refine((value) => value.getTime() > Date.now(), { message: "validation.token_expiry_past" })
    .nullish(),
});
export type NewToken = z.output<typeof newTokenSchema>;

/**
 * Creates a token for the actor; the plaintext is returned once and only its hash is stored. Its scope can never be
 * more than the actor may do itself.
 */
export async function createApiToken(options: { db: Db; actor: Actor; input: NewToken }) {
  const { input } = options;
  if (!grantableScopes(options.actor).includes(input.scope))
    throw new AppError("forbidden", "A token cannot have more access than its creator", {
      messageKey: "errors.token_scope_too_high",
      params: { scope: input.scope },
    });
  const token = `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
  const [row] = await options.db
    .insert(apiTokens)
    .values({
      name: input.name,
      tokenHash: hashToken(token),
      prefix: token.slice(0, 10),
      userId: options.actor.userId,
      scope: input.scope,
      expiresAt: input.expires_at ?? null,
    })
    .returning({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scope: apiTokens.scope,
      expiresAt: apiTokens.expiresAt,
      createdAt: apiTokens.createdAt,
    });
  await recordAudit({
    db: options.db,
    actor: options.actor,
    action: "api_token.created",
    targetType: "api_token",
    targetId: row!.id,
    details: { name: input.name, scope: input.scope, expiresAt: row!.expiresAt?.toISOString() ?? null },
  });
  return { ...row!, token };
}

export async function listApiTokens(options: { db: Db }) {
  return options.db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scope: apiTokens.scope,
      expiresAt: apiTokens.expiresAt,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      ownerEmail: users.email,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function revokeApiToken(options: { db: Db; actor: Actor; id: number }) {
  const [row] = await options.db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, options.id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (!row)
    throw new AppError("not_found", "No active API token with this id", { messageKey: "errors.token_not_found" });
  await recordAudit({
    db: options.db,
    actor: options.actor,
    action: "api_token.revoked",
    targetType: "api_token",
    targetId: row.id,
  });
}

/**
 * Resolves a bearer token to the user it acts for and the token's scope. Unknown and revoked tokens and disabled users
 * get nothing; an expired token is refused with its own message, so a script's owner knows to make a new one.
 */
export async function findTokenOwner(options: {
  db: Db;
  token: string;
  now?: Date;
}): Promise<{ user: User; scope: TokenScope } | null> {
  if (!options.token.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await options.db
    .select({ tokenId: apiTokens.id, scope: apiTokens.scope, expiresAt: apiTokens.expiresAt, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(options.token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row || row.user.isDisabled) return null;
  if (row.expiresAt && row.expiresAt.getTime() <= (options.now ?? new Date()).getTime())
    throw new AppError("unauthorized", "This API token has expired; create a new one", {
      messageKey: "errors.token_expired",
      reason: "token_expired",
    });
  await options.db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  return { user: row.user, scope: row.scope };
}
