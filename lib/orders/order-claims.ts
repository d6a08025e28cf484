import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { orderClaims, orders } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError, ProviderError } from "@/lib/errors";
import { loadOrderWithAdapter, unsupported } from "./marketplace-for-order";
import { toOperationError } from "./operation-error";
import { upsertClaims } from "./upsert-claims";

const DAY_MS = 86_400_000;

/** The return requests imported for an order, newest first. */
export async function listOrderClaims(options: { db: Db; orderId: number }) {
  const [order] = await options.db.select().from(orders).where(eq(orders.id, options.orderId)).limit(1);
  if (!order) throw new AppError("not_found", "No such order", { messageKey: "errors.order_not_found" });
  return options.db
    .select()
    .from(orderClaims)
    .where(
      and(
        eq(orderClaims.integrationId, order.integrationId),
        eq(orderClaims.remoteOrderNumber, order.remoteOrderNumber),
      ),
    )
    .orderBy(desc(orderClaims.claimedAt));
}

export const claimDecisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), claimLineIds: z.array(z.string().min(1)).min(1) }),
  z.object({
    decision: z.literal("reject"),
    claimLineIds: z.array(z.string().min(1)).min(1),
    reasonId: z.string().min(1).optional(),
    description: z.string().trim().max(500).default(""),
  }),
]);
export type ClaimDecision = z.infer<typeof claimDecisionSchema>;

/**
 * Approves or rejects (with one of the marketplace's reasons) items of a claim, then re-reads the claim from the
 * marketplace so the order shows its new statuses. Items the marketplace no longer waits on are refused up front.
 */
export async function decideClaim(options: {
  db: Db;
  actor: Actor | null;
  orderId: number;
  claimId: string;
  input: ClaimDecision;
  fetch?: typeof fetch;
}) {
  const { db, input } = options;
  const { order, adapter } = await loadOrderWithAdapter({
    db,
    orderId: options.orderId,
    deps: { fetch: options.fetch },
  });
  const [claim] = await db
    .select()
    .from(orderClaims)
    .where(and(eq(orderClaims.integrationId, order.integrationId), eq(orderClaims.claimId, options.claimId)))
    .limit(1);
  if (!claim || claim.remoteOrderNumber !== order.remoteOrderNumber)
    throw new AppError("not_found", "No such claim on this order", { messageKey: "errors.claim_not_found" });
  const closed = input.claimLineIds.filter(
    (id) => !claim.lines.some((line) => line.claimLineId === id && line.isActionable !== false),
  );
  if (closed.length > 0) {
    throw new AppError("conflict", "These claim items no longer wait for a decision", {
      messageKey: "errors.claim_items_closed",
      params: { count: closed.length },
    });
  }
  const { approveClaim, rejectClaim, listClaims } = {
    approveClaim: adapter.approveClaim?.bind(adapter),
    rejectClaim: adapter.rejectClaim?.bind(adapter),
    listClaims: adapter.listClaims?.bind(adapter),
  };
  if (!approveClaim || !rejectClaim || !listClaims) throw unsupported(order);
  if (input.decision === "reject") requireRejectGrounds(input, Boolean(adapter.listClaimRejectReasons));
  try {
    if (input.decision === "approve") await approveClaim({ claimId: claim.claimId, claimLineIds: input.claimLineIds });
    else
      await rejectClaim({
        claimId: claim.claimId,
        claimLineIds: input.claimLineIds,
        reasonId: input.reasonId,
        description: input.description,
      });
  } catch (error) {
    if (error instanceof ProviderError) throw toOperationError(error, order.integrationId);
    throw error;
  }
  const since = new Date(claim.claimedAt.getTime() - DAY_MS);
  for await (const fresh of listClaims({ since, until: new Date() })) {
    if (fresh.claimId === claim.claimId)
      await upsertClaims({ db, integrationId: order.integrationId, claims: [fresh] });
  }
  await recordAudit({
    db,
    actor: options.actor,
    action: `order.claim_${input.decision === "approve" ? "approved" : "rejected"}`,
    targetType: "order",
    targetId: String(order.id),
    details: { claimId: claim.claimId, ...input },
  });
  return listOrderClaims({ db, orderId: order.id });
}

/** A rejection names one of the marketplace's reasons where it has a list, otherwise it explains itself. */
function requireRejectGrounds(input: Extract<ClaimDecision, { decision: "reject" }>, hasReasonList: boolean) {
  if (hasReasonList && !input.reasonId)
    throw new AppError("invalid_input", "Choose one of the marketplace's reasons", {
      messageKey: "errors.claim_reason_required",
    });
  if (!hasReasonList && !input.description)
    throw new AppError("invalid_input", "Explain the rejection to the marketplace", {
      messageKey: "errors.claim_explanation_required",
    });
}

/** The reasons the order's marketplace accepts for rejecting a claim; empty where it takes a free explanation only. */
export async function listClaimRejectReasons(options: { db: Db; orderId: number; fetch?: typeof fetch }) {
  const { order, adapter } = await loadOrderWithAdapter({ ...options, deps: { fetch: options.fetch } });
  if (!adapter.rejectClaim) throw unsupported(order);
  return adapter.listClaimRejectReasons ? adapter.listClaimRejectReasons() : [];
}
