import { z } from "zod";
import type { ClaimRejectReason, ClaimStatus, MarketplaceClaim } from "@/lib/providers/marketplace";
import type { TrendyolClient } from "./client";
import { splitWindows } from "./transform";
import { claimIssueReasonSchema, claimSchema } from "./wire";
import type { TrendyolClaim } from "./wire";

const CLAIM_PAGE_SIZE = 200;
const CLAIM_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;
/** Item statuses on which Trendyol waits for the seller's decision (unanswered claims auto-accept after 48 h). */
const ACTIONABLE_STATUSES = new Set(["Created", "WaitingInAction"]);

const CLAIM_STATUS: Record<string, ClaimStatus> = {
  Created: "created",
  WaitingInAction: "waiting",
  WaitingFraudCheck: "waiting",
  InAnalysis: "waiting",
  Accepted: "accepted",
  Rejected: "rejected",
  Unresolved: "rejected",
  Cancelled: "cancelled",
};

/** The claim as a whole: waiting while any line waits, otherwise what its lines ended as (the first line's). */
function claimStatus(statuses: string[]): ClaimStatus {
  const mapped = statuses.map((status) => CLAIM_STATUS[status] ?? "unknown");
  if (mapped.includes("created")) return "created";
  if (mapped.includes("waiting")) return "waiting";
  return mapped[0] ?? "unknown";
}

export function toMarketplaceClaim(claim: TrendyolClaim): MarketplaceClaim {
  const lines = claim.items.flatMap(({ orderLine, claimItems }) =>
    claimItems.map((item) => ({
      claimLineId: item.id,
      lineId: orderLine.lineId ?? null,
      sku: orderLine.stockCode ?? orderLine.merchantSku ?? orderLine.barcode ?? "",
      quantity: 1,
      reason: item.customerClaimItemReason?.name ?? null,
      name: orderLine.productName ?? "",
      barcode: orderLine.barcode ?? null,
      remoteStatus: item.claimItemStatus.name,
      customerNote: item.customerNote ?? null,
      isActionable: ACTIONABLE_STATUSES.has(item.claimItemStatus.name),
    })),
  );
  return {
    claimId: claim.claimId,
    remoteOrderNumber: claim.orderNumber,
    packageId: claim.orderShipmentPackageId ?? null,
    status: claimStatus(lines.map((line) => line.remoteStatus)),
    createdAt: new Date(claim.claimDate),
    lastModified: new Date(claim.lastModifiedDate ?? claim.claimDate),
    lines,
    raw: claim,
  };
}

export function createTrendyolClaims(client: TrendyolClient) {
  const claimsPath = `/integration/order/sellers/${encodeURIComponent(client.sellerId)}/claims`;
  return {
    /** Claims modified in [since, until], in 14-day windows. */
    async *listClaims({ since, until }: { since: Date; until: Date }): AsyncGenerator<MarketplaceClaim> {
      for (const window of splitWindows(since.getTime(), until.getTime(), CLAIM_WINDOW_MS)) {
        const pages = client.paginate({
          path: claimsPath,
          query: { startDate: window.startMs, endDate: window.endMs },
          size: CLAIM_PAGE_SIZE,
          itemSchema: claimSchema,
        });
        for await (const page of pages) yield* page.map(toMarketplaceClaim);
      }
    },

    /** One Trendyol claim item is one claimed unit: Köprü's claim line ids are Trendyol's claim item ids. */
    async approveClaim(input: { claimId: string; claimLineIds: string[] }) {
      await client.send({
        method: "PUT",
        path: `${claimsPath}/${encodeURIComponent(input.claimId)}/items/approve`,
        body: { claimLineItemIdList: input.claimLineIds, params: {} },
      });
    },

    /** Rejection is a "claim issue" with one of Trendyol's reasons, sent as multipart form data. */
    async rejectClaim(input: { claimId: string; claimLineIds: string[]; reasonId: string; description: string }) {
      const form = new FormData();
      form.set("claimIssueReasonId", input.reasonId);
      form.set("claimItemIdList", input.claimLineIds.join(","));
      if (input.description) form.set("description", input.description);
      await client.send({ method: "POST", path: `${claimsPath}/${encodeURIComponent(input.claimId)}/issue`, form });
    },

    async listClaimRejectReasons(): Promise<ClaimRejectReason[]> {
      const reasons = await client.request({
        path: "/integration/order/claim-issue-reasons",
        schema: z.array(claimIssueReasonSchema),
      });
      return reasons.map((reason) => ({ id: String(reason.id), name: reason.name }));
    },
  };
}
