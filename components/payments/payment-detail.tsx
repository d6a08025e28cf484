"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { DateTime } from "@/components/sync/date-time";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { QueryDetail } from "@/components/ui/query-detail";
import { PaymentMethod } from "./payment-method";
import { paymentQuery } from "./payment-queries";
import { PaymentStatusBadge } from "./payment-status-badge";
import { RefundDialog } from "./refund-dialog";
import { useFormatMinor } from "./use-format-minor";

/** /payments/[id]: amounts, method, the provider's timeline as Köprü read it, and the refunds asked for. */
export function PaymentDetailView({ id, canWrite }: { id: number; canWrite: boolean }) {
  const t = useTranslations("payments.detail");
  const tErrors = useTranslations();
  const format = useFormatMinor();
  const query = useQuery(paymentQuery(id));
  const [isRefunding, setRefunding] = useState(false);
  const labels = { back: t("back"), notFound: t("notFound"), loadFailed: t("loadFailed"), retry: t("retry") };
  const translateKey = (key: string | null) => (key && tErrors.has(key) ? tErrors(key) : key);

  return (
    <QueryDetail query={query} backHref="/payments" labels={labels}>
      {(payment) => (
        <>
          <PageHeader
            title={t("title", { reference: payment.remoteId })}
            description={payment.provider === "iyzico" ? "iyzico" : "Stripe"}
            actions={
              <div className="flex items-center gap-3">
                <PaymentStatusBadge status={payment.status} />
                {canWrite && payment.remainingRefundableMinor > 0 && (
                  <Button variant="secondary" onClick={() => setRefunding(true)}>
                    {t("refund")}
                  </Button>
                )}
              </div>
            }
          />
          <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
              <dt className="text-slate-500">{t("amount")}</dt>
              <dd className="font-medium tabular-nums">
                {payment.amountMinor === null ? "—" : format(payment.amountMinor, payment.currency)}
              </dd>
              <dt className="text-slate-500">{t("refunded")}</dt>
              <dd className="tabular-nums">{format(payment.refundedMinor, payment.currency)}</dd>
              <dt className="text-slate-500">{t("order")}</dt>
              <dd>
                {payment.orderRef ? (
                  <Link className="text-indigo-700 hover:underline" href={`/orders/${payment.orderRef}`}>
                    #{payment.orderRef}
                  </Link>
                ) : (
                  "—"
                )}
              </dd>
              <dt className="text-slate-500">{t("method")}</dt>
              <dd>
                <PaymentMethod method={payment.method} />
              </dd>
              {payment.disputeStatus && (
                <>
                  <dt className="text-slate-500">{t("dispute")}</dt>
                  <dd className="text-red-700">{payment.disputeStatus}</dd>
                </>
              )}
              {(payment.failureKey || payment.failureMessage) && (
                <>
                  <dt className="text-slate-500">{t("failure")}</dt>
                  <dd>
                    {translateKey(payment.failureKey)}
                    {payment.failureMessage && (
                      <span className="block text-xs text-slate-500">
                        {t("providerSaid")} “{payment.failureMessage}”
                      </span>
                    )}
                  </dd>
                </>
              )}
            </dl>
          </section>
          <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <h2 className="mb-3 text-base font-semibold text-slate-900">{t("timeline")}</h2>
            <ol className="space-y-2 text-sm" data-testid="payment-timeline">
              {payment.timeline.map((entry, index) => (
                <li key={index} className="flex flex-wrap items-center gap-x-3">
                  <DateTime value={entry.at} withSeconds />
                  <span className="font-mono">{entry.type}</span>
                  <span className="text-slate-500">{t(`source.${entry.source}`)}</span>
                  {entry.status && <PaymentStatusBadge status={entry.status} />}
                </li>
              ))}
            </ol>
          </section>
          {payment.refunds.length > 0 && (
            <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
              <h2 className="mb-3 text-base font-semibold text-slate-900">{t("refunds")}</h2>
              <ul className="space-y-1 text-sm">
                {payment.refunds.map((refund) => (
                  <li key={refund.id} className="flex flex-wrap gap-x-3">
                    <DateTime value={refund.at} />
                    <span className="tabular-nums">{format(refund.amountMinor, payment.currency)}</span>
                    <span>{t(`refundStatus.${refund.status}`)}</span>
                    {refund.failureKey && <span className="text-red-700">{translateKey(refund.failureKey)}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {isRefunding && (
            <RefundDialog
              paymentId={payment.id}
              remainingMinor={payment.remainingRefundableMinor}
              currency={payment.currency ?? "TRY"}
              onClose={() => setRefunding(false)}
            />
          )}
        </>
      )}
    </QueryDetail>
  );
}
