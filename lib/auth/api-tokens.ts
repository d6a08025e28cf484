import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";

const TOKEN_PREFIX = "kpr_";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a token for the actor; the plaintext is returned once and only its hash is stored. */
export async function createApiToken(options: { db: Db; actor: Actor; name: string }) {
  const token = `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
  const [row] = await options.db
    .insert(apiTokens)
    .values({
      name: options.name,
      tokenHash: hashToken(token),
      prefix: token.slice(0, 10),
      userId: options.actor.userId,
    })
    .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt });
  await recordAudit({
    db: options.db,
    actor: options.actor,
    action: "api_token.created",
    targetType: "api_token",
    targetId: row!.id,
    details: { name: options.name },
  });
  return { ...row!, token };
}

export async function listApiTokens(options: { db: Db }) {
  return options.db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
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

/** Resolves a bearer token to the user it acts for; revoked tokens and disabled users get nothing. */
export async function findTokenOwner(options: { db: Db; token: string }) {
  if (!options.token.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await options.db
    .select({ tokenId: apiTokens.id, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(options.token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row || row.user.isDisabled) return null;
  await options.db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  return row.user;
}
