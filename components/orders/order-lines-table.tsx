"use client";

import { useTranslations } from "next-intl";
import type { OrderLine } from "./order-types";
import { useFormatKurus } from "./use-format-kurus";

/** The order's lines and, under them, the line sum and the marketplace's order total (they differ by shipping or discounts). */
export function OrderLinesTable({
  lines,
  currency,
  totalKurus,
}: {
  lines: OrderLine[];
  currency: string;
  totalKurus: number;
}) {
  const t = useTranslations("ordersUi.lines");
  const formatKurus = useFormatKurus();
  const linesTotal = lines.reduce((sum, line) => sum + line.amountKurus, 0);
  const cell = "px-4 py-2.5";
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="order-lines">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className={cell}>
              {t("sku")}
            </th>
            <th scope="col" className={cell}>
              {t("name")}
            </th>
            <th scope="col" className={cell}>
              {t("barcode")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("quantity")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("unitPrice")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("amount")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 text-slate-800">
          {lines.map((line, index) => (
            <tr key={line.lineId ?? `${line.sku}-${index}`}>
              <td className={`${cell} font-mono text-xs`}>{line.sku || "—"}</td>
              <td className={cell}>{line.name}</td>
              <td className={`${cell} font-mono text-xs`}>{line.barcode || "—"}</td>
              <td className={`${cell} text-right tabular-nums`}>{line.quantity}</td>
              <td className={`${cell} whitespace-nowrap text-right tabular-nums`}>
                {formatKurus(line.unitPriceKurus, currency)}
              </td>
              <td className={`${cell} whitespace-nowrap text-right tabular-nums`}>
                {formatKurus(line.amountKurus, currency)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-200 text-slate-900">
          <tr>
            <th scope="row" colSpan={5} className={`${cell} text-right font-medium`}>
              {t("linesTotal")}
            </th>
            <td className={`${cell} whitespace-nowrap text-right tabular-nums`}>{formatKurus(linesTotal, currency)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={5} className={`${cell} text-right font-semibold`}>
              {t("orderTotal")}
            </th>
            <td className={`${cell} whitespace-nowrap text-right font-semibold tabular-nums`} data-testid="order-total">
              {formatKurus(totalKurus, currency)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
