import { z } from "zod";
import type { ClaimRejectReason, MarketplaceClaim } from "@/lib/providers/marketplace";
import type { TrendyolClient } from "./client";
import { splitWindows } from "./transform";
import { claimIssueReasonSchema, claimSchema } from "./wire";
import type { TrendyolClaim } from "./wire";

const CLAIM_PAGE_SIZE = 200;
const CLAIM_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;
/** Item statuses on which Trendyol waits for the seller's decision (unanswered claims auto-accept after 48 h). */
const ACTIONABLE_STATUSES = new Set(["Created", "WaitingInAction"]);

export function toMarketplaceClaim(claim: TrendyolClaim): MarketplaceClaim {
  return {
    claimId: claim.claimId,
    orderNumber: claim.orderNumber,
    packageId: claim.orderShipmentPackageId ?? null,
    claimedAt: new Date(claim.claimDate),
    lastModified: new Date(claim.lastModifiedDate ?? claim.claimDate),
    items: claim.items.flatMap(({ orderLine, claimItems }) =>
      claimItems.map((item) => ({
        claimItemId: item.id,
        lineId: orderLine.lineId ?? null,
        sku: orderLine.stockCode ?? orderLine.merchantSku ?? null,
        barcode: orderLine.barcode ?? null,
        name: orderLine.productName ?? "",
        status: item.claimItemStatus.name,
        reason: item.customerClaimItemReason?.name ?? null,
        customerNote: item.customerNote ?? null,
        isActionable: ACTIONABLE_STATUSES.has(item.claimItemStatus.name),
      })),
    ),
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

    async approveClaim(input: { claimId: string; claimItemIds: string[] }) {
      await client.send({
        method: "PUT",
        path: `${claimsPath}/${encodeURIComponent(input.claimId)}/items/approve`,
        body: { claimLineItemIdList: input.claimItemIds, params: {} },
      });
    },

    /** Rejection is a "claim issue" with one of Trendyol's reasons, sent as multipart form data. */
    async rejectClaim(input: { claimId: string; claimItemIds: string[]; reasonId: string; description?: string }) {
      const form = new FormData();
      form.set("claimIssueReasonId", input.reasonId);
      form.set("claimItemIdList", input.claimItemIds.join(","));
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
