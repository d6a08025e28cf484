"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import type { OrderPayments } from "@/lib/payments/get-order-payments";
import { EmailPaymentLink } from "./email-payment-link";
import { PaymentStatusBadge } from "./payment-status-badge";
import { useFormatMinor } from "./use-format-minor";

type CreatedLink = {
  id: string;
  url: string;
  provider: string;
  amountMinor: number;
  currency: string;
  expiresAt: string;
};

/** On the order page: what is due, "Request payment" (copy the link or e-mail it through SMTP), payments and open disputes. */
export function OrderPaymentsPanel({ orderId }: { orderId: number }) {
  const t = useTranslations("payments.request");
  const format = useFormatMinor();
  const formatter = useFormatter();
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ["payments", "order", orderId],
    queryFn: () => fetchJson<OrderPayments>(`/api/orders/${orderId}/payments`),
  });
  const [provider, setProvider] = useState<string>("");
  const [created, setCreated] = useState<CreatedLink | null>(null);
  const request = useMutation({
    mutationFn: (chosen: string) =>
      fetchJson<CreatedLink>("/api/payments/links", { body: { orderId, provider: chosen || undefined } }),
    onSuccess: async (link) => {
      setCreated(link);
      await queryClient.invalidateQueries({ queryKey: ["payments"] });
    },
  });
  const data = query.data;
  if (!data) return null;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm" data-testid="order-payments">
      <h2 className="mb-3 text-base font-semibold text-slate-900">{t("title")}</h2>
      {data.disputes.map((dispute) => (
        <p key={dispute.id} role="alert" className="mb-3 rounded-md bg-red-50 p-3 text-sm text-red-800">
          {t("dispute", {
            reason: dispute.reason,
            due: dispute.dueBy ? formatter.dateTime(new Date(dispute.dueBy), { dateStyle: "medium" }) : "—",
          })}
        </p>
      ))}
      <p className="text-sm">
        {data.dueMinor > 0 ? t("due", { amount: format(data.dueMinor, data.currency) }) : t("nothingDue")}
      </p>
      {data.dueMinor > 0 && data.providers.length > 0 && (
        <div className="mt-3 flex flex-wrap items-end gap-2">
          {data.providers.length > 1 && (
            <label className="text-sm">
              <span className="mb-1 block text-slate-600">{t("provider")}</span>
              <select
                className="h-10 rounded-md border border-slate-300 px-2"
                value={provider}
                onChange={(e) => setProvider(e.target.value)}
              >
                {data.providers.map((id) => (
                  <option key={id} value={id}>
                    {id === "iyzico" ? "iyzico" : "Stripe"}
                  </option>
                ))}
              </select>
            </label>
          )}
          <Button onClick={() => request.mutate(provider || data.providers[0] || "")} isPending={request.isPending}>
            {t("button")}
          </Button>
        </div>
      )}
      {request.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {toErrorMessage(request.error)}
        </p>
      )}
      {created && (
        <div className="mt-4 space-y-2 rounded-md bg-slate-50 p-3 text-sm" data-testid="payment-link">
          <p className="font-medium">{t("created")}</p>
          <input
            readOnly
            aria-label={t("link")}
            className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-xs"
            value={created.url}
            onFocus={(e) => e.target.select()}
          />
          <p className="text-slate-500">
            {t("expires", {
              date: formatter.dateTime(new Date(created.expiresAt), { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
          <div className="flex flex-wrap items-start gap-2">
            <CopyButton value={created.url} label={t("copy")} />
            <EmailPaymentLink key={created.id} linkId={created.id} buyerEmail={data.customerEmail} />
          </div>
        </div>
      )}
      <h3 className="mt-5 mb-2 text-sm font-semibold text-slate-700">{t("payments")}</h3>
      {data.payments.length === 0 ? (
        <p className="text-sm text-slate-500">{t("none")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {data.payments.map((payment) => (
            <li key={payment.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/payments/${payment.id}`} className="font-mono text-indigo-700 hover:underline">
                {payment.remoteId}
              </Link>
              <PaymentStatusBadge status={payment.status} />
              <span className="tabular-nums">
                {payment.amountMinor === null ? "—" : format(payment.amountMinor, payment.currency)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
