import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { issues, type IssueStatus } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { toIssueView } from "./list-issues";

export type IssueAction = "acknowledge" | "resolve" | "mute" | "reopen";

const FROM: Record<IssueAction, IssueStatus[]> = {
  acknowledge: ["open", "muted"],
  resolve: ["open", "acknowledged", "muted"],
  mute: ["open", "acknowledged"],
  reopen: ["resolved", "muted", "acknowledged"],
};

const AUDIT_ACTION: Record<IssueAction, string> = {
  acknowledge: "issue.acknowledged",
  resolve: "issue.resolved",
  mute: "issue.muted",
  reopen: "issue.reopened",
};

/**
 * open → acknowledged → resolved, or muted until a date. A person's resolve is final only until the same failure
 * happens again; then the issue reopens on its own.
 */
export async function changeIssueStatus(options: {
  db: Db;
  actor: Actor;
  id: number;
  action: IssueAction;
  mutedUntil?: Date;
  now?: Date;
}) {
  const { db, actor, id, action } = options;
  const now = options.now ?? new Date();
  if (action === "mute" && (!options.mutedUntil || options.mutedUntil <= now))
    throw new AppError("invalid_input", "A mute needs a date in the future", {
      messageKey: "errors.issue_mute_needs_future_date",
    });
  const set =
    action === "acknowledge"
      ? { status: "acknowledged" as const, acknowledgedAt: now, acknowledgedBy: actor.email, mutedUntil: null }
      : action === "resolve"
        ? { status: "resolved" as const, resolvedAt: now, resolvedBy: actor.email, mutedUntil: null }
        : action === "mute"
          ? { status: "muted" as const, mutedUntil: options.mutedUntil }
          : { status: "open" as const, openedAt: now, resolvedAt: null, resolvedBy: null, mutedUntil: null };
  const [row] = await db
    .update(issues)
    .set(set)
    .where(and(eq(issues.id, id), inArray(issues.status, FROM[action])))
    .returning();
  if (!row) {
    const [exists] = await db.select({ status: issues.status }).from(issues).where(eq(issues.id, id)).limit(1);
    if (!exists)
      throw new AppError("not_found", `No issue ${id}`, { messageKey: "errors.issue_not_found", params: { id } });
    throw new AppError("conflict", `The issue is ${exists.status}`, {
      messageKey: "errors.issue_wrong_status",
      params: { status: exists.status },
    });
  }
  await recordAudit({
    db,
    actor,
    action: AUDIT_ACTION[action],
    targetType: "issue",
    targetId: id,
    details: action === "mute" ? { muted_until: options.mutedUntil?.toISOString() } : undefined,
  });
  return toIssueView(row);
}
