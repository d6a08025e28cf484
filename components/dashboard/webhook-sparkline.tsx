"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, ResponsiveContainer, Tooltip } from "recharts";

/** Deliveries per hour over the last 24 hours as a small bar chart; the total is given in words for screen readers. */
export function WebhookSparkline({ series }: { series: number[] }) {
  const t = useTranslations("dashboard");
  const total = series.reduce((sum, value) => sum + value, 0);
  const data = series.map((count, hour) => ({ hour: hour - 23, count }));
  return (
    <div className="flex items-center gap-2">
      <div className="h-8 w-28" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 0, right: 0, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <Tooltip
              cursor={false}
              formatter={(value) => [String(value), ""]}
              labelFormatter={() => ""}
              contentStyle={{ fontSize: 12, padding: "2px 6px" }}
            />
            <Bar dataKey="count" fill="#6366f1" radius={[2, 2, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <span className="text-xs tabular-nums text-slate-600">{t("webhooksTotal", { count: total })}</span>
    </div>
  );
}
