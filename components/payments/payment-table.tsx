"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateTime } from "@/components/sync/date-time";
import { Table, Td, Th } from "@/components/ui/table";
import type { PaymentListItem } from "@/lib/payments/list-payments";
import { PaymentMethod } from "./payment-method";
import { PaymentStatusBadge } from "./payment-status-badge";
import { useFormatMinor } from "./use-format-minor";

export function PaymentTable({ payments }: { payments: PaymentListItem[] }) {
  const t = useTranslations("payments");
  const format = useFormatMinor();
  return (
    <Table caption={t("list.caption")}>
      <thead>
        <tr>
          <Th>{t("columns.reference")}</Th>
          <Th>{t("columns.provider")}</Th>
          <Th>{t("columns.order")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th>{t("columns.method")}</Th>
          <Th>{t("columns.updatedAt")}</Th>
          <Th className="text-right">{t("columns.amount")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {payments.map((payment) => (
          <tr key={payment.id} data-testid={`payment-row-${payment.remoteId}`} className="hover:bg-slate-50">
            <Td>
              <Link href={`/payments/${payment.id}`} className="font-mono text-sm text-indigo-700 hover:underline">
                {payment.remoteId}
              </Link>
            </Td>
            <Td>{payment.provider === "iyzico" ? "iyzico" : "Stripe"}</Td>
            <Td>
              {payment.orderRef ? (
                <Link href={`/orders/${payment.orderRef}`} className="text-indigo-700 hover:underline">
                  #{payment.orderRef}
                </Link>
              ) : (
                <span className="text-slate-400">—</span>
              )}
            </Td>
            <Td>
              <PaymentStatusBadge status={payment.status} />
            </Td>
            <Td>
              <PaymentMethod method={payment.method} />
            </Td>
            <Td>
              <DateTime value={payment.updatedAt} />
            </Td>
            <Td className="whitespace-nowrap text-right font-medium tabular-nums">
              {payment.amountMinor === null ? "—" : format(payment.amountMinor, payment.currency)}
              {payment.refundedMinor > 0 && (
                <span className="block text-xs font-normal text-slate-500">
                  {t("list.refunded", { amount: format(payment.refundedMinor, payment.currency) })}
                </span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
