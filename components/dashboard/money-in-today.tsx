"use client";

import { useTranslations } from "next-intl";
import { useFormatKurus } from "@/components/orders/use-format-kurus";

export function MoneyInToday({ ordersKurus, paymentsKurus }: { ordersKurus: number; paymentsKurus: number }) {
  const t = useTranslations("dashboard");
  const formatKurus = useFormatKurus();
  return (
    <div>
      <p className="text-3xl font-semibold tabular-nums text-slate-900" data-testid="money-in-today">
        {formatKurus(ordersKurus + paymentsKurus)}
      </p>
      <dl className="mt-3 space-y-1 text-sm">
        <div className="flex justify-between gap-3">
          <dt className="text-slate-600">{t("moneyOrders")}</dt>
          <dd className="tabular-nums text-slate-900">{formatKurus(ordersKurus)}</dd>
        </div>
        <div className="flex justify-between gap-3">
          <dt className="text-slate-600">{t("moneyPayments")}</dt>
          <dd className="tabular-nums text-slate-900">{formatKurus(paymentsKurus)}</dd>
        </div>
      </dl>
    </div>
  );
}
