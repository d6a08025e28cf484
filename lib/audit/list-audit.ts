import { and, desc, eq, getTableColumns, gte, ilike, lt, lte, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { auditLogs, users } from "@/db/schema";

export const AUDIT_PAGE_SIZE = 50;

export const auditFilterSchema = z.object({
  action: z.string().trim().optional(),
  actor: z.string().trim().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  before: z.coerce.number().int().positive().optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** Newest first, keyset-paginated on id (`before` = the last id of the previous page). */
export async function listAudit(options: { db: Db; filter: AuditFilter }) {
  const { action, actor, from, to, before } = options.filter;
  const conditions: (SQL | undefined)[] = [
    action ? ilike(auditLogs.action, `${action}%`) : undefined,
    actor ? or(ilike(auditLogs.actorEmail, `%${actor}%`), eq(auditLogs.ip, actor)) : undefined,
    from ? gte(auditLogs.createdAt, from) : undefined,
    to ? lte(auditLogs.createdAt, to) : undefined,
    before ? lt(auditLogs.id, before) : undefined,
  ];
  // The actor's name (when the user still exists) lets the log read "Ayşe changed …" rather than an e-mail address.
  const rows = await options.db
    .select({ ...getTableColumns(auditLogs), actorName: users.name })
    .from(auditLogs)
    .leftJoin(users, eq(users.id, auditLogs.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditLogs.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const hasMore = rows.length > AUDIT_PAGE_SIZE;
  const items = rows.slice(0, AUDIT_PAGE_SIZE);
  return { items, nextBefore: hasMore ? (items.at(-1)?.id ?? null) : null };
}
