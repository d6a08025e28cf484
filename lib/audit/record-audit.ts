import type { Db } from "@/db/client";
import { auditLogs } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

const SECRET_KEY_PATTERN = /secret|password|token|key|hash|signature|authorization|cookie/i;

/** Drops any value whose key looks secret, so an audit row can never carry one even if a caller slips. */
function scrub(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => {
      if (SECRET_KEY_PATTERN.test(key) && !key.endsWith("_fields")) return [key, "[redacted]"];
      if (value && typeof value === "object" && !Array.isArray(value))
        return [key, scrub(value as Record<string, unknown>)];
      return [key, value];
    }),
  );
}

export async function recordAudit(options: {
  db: Db;
  actor: Pick<Actor, "userId" | "email" | "ip"> | null;
  action: string;
  targetType?: string;
  targetId?: string | number;
  details?: Record<string, unknown>;
}): Promise<void> {
  const { db, actor, action, targetType, targetId, details } = options;
  await db.insert(auditLogs).values({
    actorId: actor?.userId ?? null,
    actorEmail: actor?.email ?? null,
    ip: actor?.ip ?? null,
    action,
    targetType: targetType ?? null,
    targetId: targetId === undefined ? null : String(targetId),
    details: details ? scrub(details) : null,
  });
}
