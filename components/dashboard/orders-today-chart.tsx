"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatKurus } from "@/components/orders/use-format-kurus";

type Row = { display_name: string; count: number; total_kurus: number };

/** Today's orders per channel as bars, with the same figures as a list so nothing depends on reading the chart. */
export function OrdersTodayChart({ rows }: { rows: Row[] }) {
  const t = useTranslations("dashboard");
  const formatKurus = useFormatKurus();
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("noOrdersToday")}</p>;
  return (
    <div>
      <div className="h-48" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="display_name" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => [t("orders", { count: Number(value) }), ""]} />
            <Bar dataKey="count" fill="#6366f1" radius={[4, 4, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="mt-3 space-y-1 text-sm" data-testid="orders-today">
        {rows.map((row) => (
          <li key={row.display_name} className="flex justify-between gap-3">
            <span className="text-slate-700">{row.display_name}</span>
            <span className="tabular-nums text-slate-900">
              {t("orders", { count: row.count })} · {formatKurus(row.total_kurus)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
