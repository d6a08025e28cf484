"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateTime } from "@/components/sync/date-time";
import type { ListColumn } from "@/components/ui/list/list-types";
import type { PaymentListItem } from "@/lib/payments/list-payments";
import { PaymentMethod } from "./payment-method";
import { PaymentStatusBadge } from "./payment-status-badge";
import { useFormatMinor } from "./use-format-minor";

/** The payments list's columns; a phone card shows the reference, order, status and amount. */
export function usePaymentColumns(): ListColumn<PaymentListItem>[] {
  const t = useTranslations("payments");
  const format = useFormatMinor();
  return [
    {
      id: "reference",
      header: t("columns.reference"),
      card: "title",
      cell: (payment) => (
        <Link href={`/payments/${payment.id}`} className="break-all font-mono text-sm text-indigo-700 hover:underline">
          {payment.remoteId}
        </Link>
      ),
    },
    {
      id: "provider",
      header: t("columns.provider"),
      cell: (payment) => (payment.provider === "iyzico" ? "iyzico" : "Stripe"),
    },
    {
      id: "order",
      header: t("columns.order"),
      card: "key",
      cell: (payment) =>
        payment.orderRef ? (
          <Link href={`/orders/${payment.orderRef}`} className="text-indigo-700 hover:underline">
            #{payment.orderRef}
          </Link>
        ) : (
          <span className="text-slate-500">—</span>
        ),
    },
    {
      id: "status",
      header: t("columns.status"),
      card: "key",
      cell: (payment) => <PaymentStatusBadge status={payment.status} />,
    },
    { id: "method", header: t("columns.method"), cell: (payment) => <PaymentMethod method={payment.method} /> },
    { id: "updatedAt", header: t("columns.updatedAt"), cell: (payment) => <DateTime value={payment.updatedAt} /> },
    {
      id: "amount",
      header: t("columns.amount"),
      align: "right",
      card: "key",
      className: "whitespace-nowrap font-medium",
      cell: (payment) => (
        <>
          {payment.amountMinor === null ? "—" : format(payment.amountMinor, payment.currency)}
          {payment.refundedMinor > 0 && (
            <span className="block text-xs font-normal text-slate-500">
              {t("list.refunded", { amount: format(payment.refundedMinor, payment.currency) })}
            </span>
          )}
        </>
      ),
    },
  ];
}
