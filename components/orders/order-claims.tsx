"use client";

import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { DateTime } from "@/components/sync/date-time";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { MarketplaceError } from "./marketplace-error";

type ClaimItem = {
  claimLineId: string;
  sku: string;
  name?: string;
  remoteStatus?: string;
  reason: string | null;
  customerNote?: string | null;
  isActionable?: boolean;
};
type Claim = { claimId: string; claimedAt: string; status: string; lines: ClaimItem[] };
type Decision = { claimId: string; item: ClaimItem; decision: "approve" | "reject" };

export const orderClaimsQuery = (orderId: number) =>
  queryOptions({
    queryKey: ["orders", "claims", orderId],
    queryFn: () => fetchJson<Claim[]>(`/api/orders/${orderId}/claims`),
  });

/** The order's return requests with their items; waiting items can be approved or rejected with a reason. */
export function OrderClaims({
  orderId,
  canEdit,
  showAutoAccept,
}: {
  orderId: number;
  canEdit: boolean;
  /** Trendyol accepts unanswered returns after 48 hours; other marketplaces publish no such rule. */
  showAutoAccept: boolean;
}) {
  const t = useTranslations("marketplaceUi.claims");
  const tCommon = useTranslations("common");
  const queryClient = useQueryClient();
  const claims = useQuery(orderClaimsQuery(orderId));
  const [decision, setDecision] = useState<Decision | null>(null);
  const reasons = useQuery({
    queryKey: ["orders", "claim-reject-reasons", orderId],
    queryFn: () => fetchJson<{ id: string; name: string }[]>(`/api/orders/${orderId}/claim-reject-reasons`),
    enabled: decision?.decision === "reject",
    staleTime: 60 * 60 * 1000,
  });
  const decide = useMutation({
    mutationFn: ({ claimId, body }: { claimId: string; body: Record<string, unknown> }) =>
      fetchJson<Claim[]>(`/api/orders/${orderId}/claims/${encodeURIComponent(claimId)}`, { method: "POST", body }),
    onSuccess: (fresh) => {
      queryClient.setQueryData(orderClaimsQuery(orderId).queryKey, fresh);
      setDecision(null);
    },
  });
  // A marketplace without a reason list (Hepsiburada) takes the merchant's explanation only.
  const hasReasonList = (reasons.data?.length ?? 0) > 0;
  const statusLabel = (status: string) => (t.has(`statuses.${status}`) ? t(`statuses.${status}`) : status);
  const close = () => {
    setDecision(null);
    decide.reset();
  };

  function reject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!decision) return;
    const form = new FormData(event.currentTarget);
    decide.mutate({
      claimId: decision.claimId,
      body: {
        decision: "reject",
        claimLineIds: [decision.item.claimLineId],
        ...(hasReasonList ? { reasonId: String(form.get("reasonId") ?? "") } : {}),
        description: String(form.get("description") ?? "").trim(),
      },
    });
  }

  if (claims.isError) return <MarketplaceError error={claims.error} />;
  if (!claims.data) return null;
  if (claims.data.length === 0) return <p className="px-6 pb-5 text-sm text-slate-600">{t("none")}</p>;
  return (
    <div className="space-y-4 px-6 pb-5" data-testid="order-claims">
      {showAutoAccept && <p className="text-xs text-slate-500">{t("autoAccept")}</p>}
      {claims.data.map((claim) => (
        <div key={claim.claimId} className="rounded-md border border-slate-200">
          <p className="border-b border-slate-200 px-3 py-2 text-xs text-slate-500">
            {t.rich("claimedAt", { date: () => <DateTime value={claim.claimedAt} /> })}
          </p>
          <ul className="divide-y divide-slate-100">
            {claim.lines.map((item) => (
              <li
                key={item.claimLineId}
                className="space-y-1 px-3 py-2 text-sm"
                data-testid={`claim-item-${item.claimLineId}`}
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-medium">{item.name || item.sku}</span>
                  <span className="rounded bg-slate-100 px-2 py-0.5 text-xs" data-testid="claim-item-status">
                    {statusLabel(item.remoteStatus ?? claim.status)}
                  </span>
                </div>
                {item.reason && <p className="text-slate-600">{`${t("reason")}: ${item.reason}`}</p>}
                {item.customerNote && <p className="text-slate-600">{`${t("note")}: ${item.customerNote}`}</p>}
                {item.isActionable && (
                  <div className="flex gap-2 pt-1">
                    <Button
                      size="sm"
                      disabled={!canEdit}
                      onClick={() => setDecision({ claimId: claim.claimId, item, decision: "approve" })}
                    >
                      {t("approve")}
                    </Button>
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={!canEdit}
                      onClick={() => setDecision({ claimId: claim.claimId, item, decision: "reject" })}
                    >
                      {t("reject")}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {decide.isError && <MarketplaceError error={decide.error} />}
      <ConfirmDialog
        isOpen={decision?.decision === "approve"}
        title={t("approve")}
        message={t("confirmApprove", { name: decision?.item.name || decision?.item.sku || "" })}
        confirmLabel={t("approve")}
        isDestructive={false}
        isPending={decide.isPending}
        onCancel={close}
        onConfirm={() =>
          decision &&
          decide.mutate({
            claimId: decision.claimId,
            body: { decision: "approve", claimLineIds: [decision.item.claimLineId] },
          })
        }
      />
      <Dialog
        isOpen={decision?.decision === "reject"}
        onClose={close}
        title={t("rejectTitle")}
        description={decision?.item.name || decision?.item.sku}
      >
        <form onSubmit={reject} className="space-y-3">
          {hasReasonList ? (
            <SelectField label={t("rejectReason")} name="reasonId" required>
              {(reasons.data ?? []).map((reason) => (
                <option key={reason.id} value={reason.id}>
                  {reason.name}
                </option>
              ))}
            </SelectField>
          ) : (
            reasons.isSuccess && <p className="text-sm text-slate-600">{t("noReasonList")}</p>
          )}
          <TextField
            label={hasReasonList ? t("rejectDescription") : t("rejectExplanationRequired")}
            name="description"
            maxLength={500}
            required={!hasReasonList}
          />
          {decide.isError && <MarketplaceError error={decide.error} />}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" type="button" onClick={close}>
              {tCommon("cancel")}
            </Button>
            <Button type="submit" variant="danger" isPending={decide.isPending} disabled={!reasons.isSuccess}>
              {t("reject")}
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
