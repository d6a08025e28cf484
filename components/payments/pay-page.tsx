"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { PublicPaymentLink } from "@/lib/payments/get-payment-link";
import { useFormatMinor } from "./use-format-minor";
import { StripePaymentForm } from "./stripe-payment-form";

type PayPageProps = { id: string; initial: PublicPaymentLink | null };

/** The buyer's page: the amount, then Stripe's Payment Element or iyzico's hosted page; the result read back from the provider. */
export function PayPage({ id, initial }: PayPageProps) {
  const t = useTranslations("payments.pay");
  const format = useFormatMinor();
  const [link, setLink] = useState(initial);

  useEffect(() => {
    if (link?.status !== "processing") return;
    const timer = setInterval(() => {
      void fetch(`/api/pay/${encodeURIComponent(id)}`, { cache: "no-store" })
        .then((res) => (res.ok ? (res.json() as Promise<PublicPaymentLink>) : null))
        .then((next) => next && setLink(next));
    }, 3000);
    return () => clearInterval(timer);
  }, [id, link?.status]);

  return (
    <main className="flex min-h-dvh items-start justify-center bg-slate-50 px-4 pt-16 pb-16">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        {!link ? (
          <p role="alert" className="text-slate-700">
            {t("notFound")}
          </p>
        ) : (
          <>
            <h1 className="text-lg font-semibold text-slate-900">{t("heading", { order: link.orderNumber })}</h1>
            <p className="mt-1 text-3xl font-bold text-slate-900" data-testid="pay-amount">
              {format(link.amountMinor, link.currency)}
            </p>
            <div className="mt-6">
              {link.status === "paid" && (
                <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-800">
                  {t("paid")}
                </p>
              )}
              {link.status === "processing" && (
                <p role="status" className="rounded-md bg-amber-50 p-3 text-amber-800">
                  {t("processing")}
                </p>
              )}
              {link.status === "expired" && <p role="alert">{t("expired")}</p>}
              {link.status === "canceled" && <p role="alert">{t("canceled")}</p>}
              {(link.status === "open" || link.status === "failed") && link.stripe && (
                <StripePaymentForm
                  linkId={id}
                  publishableKey={link.stripe.publishableKey}
                  clientSecret={link.stripe.clientSecret}
                  onDone={(next) => setLink(next)}
                />
              )}
              {(link.status === "open" || link.status === "failed") && link.iyzicoUrl && (
                <>
                  {link.status === "failed" && <p className="mb-3 text-red-700">{t("failedRetry")}</p>}
                  <a
                    href={link.iyzicoUrl}
                    className="inline-flex h-10 w-full items-center justify-center rounded-md bg-indigo-600 text-sm font-medium text-white hover:bg-indigo-500"
                  >
                    {t("payWithIyzico")}
                  </a>
                </>
              )}
            </div>
            <p className="mt-6 text-xs text-slate-500">{t("secureNote")}</p>
          </>
        )}
      </div>
    </main>
  );
}
