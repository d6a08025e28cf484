import { useTranslations } from "next-intl";
import type { ImportResult } from "@/lib/catalog/import-products";
import type { CsvRowError } from "@/lib/catalog/product-csv-row";

const MAX_SHOWN_ERRORS = 200;
const COUNTS = ["total", "inserted", "updated", "unchanged", "failed"] as const;

/** The counts of a finished import and, when rows failed, a table of line / column / problem. */
export function ImportResultSummary({ result }: { result: ImportResult }) {
  const t = useTranslations("products.import");
  const shown = result.errors.slice(0, MAX_SHOWN_ERRORS);
  // The server's English message is the fallback for a code this console does not know yet.
  const describe = (error: CsvRowError) =>
    t.has(`errors.codes.${error.code}`) ? t(`errors.codes.${error.code}`, error.params) : error.message;
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-5 gap-2 text-center">
        {COUNTS.map((key) => (
          <div
            key={key}
            className={`rounded-md px-2 py-2 ${key === "failed" && result.failed > 0 ? "bg-red-50 text-red-700" : "bg-slate-50"}`}
          >
            <dt className="text-xs text-slate-600">{t(`summary.${key}`)}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`import-${key}`}>
              {result[key]}
            </dd>
          </div>
        ))}
      </dl>
      {shown.length > 0 && (
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("errors.title")}</h3>
          <div className="max-h-64 overflow-auto rounded-md border border-slate-200">
            <table className="min-w-full divide-y divide-slate-200 text-xs">
              <thead className="sticky top-0 bg-slate-50 text-left font-semibold text-slate-600">
                <tr>
                  <th scope="col" className="px-2 py-1.5">
                    {t("errors.line")}
                  </th>
                  <th scope="col" className="px-2 py-1.5">
                    {t("errors.column")}
                  </th>
                  <th scope="col" className="px-2 py-1.5">
                    {t("errors.message")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {shown.map((error, index) => (
                  <tr key={`${error.line}-${error.column ?? ""}-${index}`}>
                    <td className="px-2 py-1.5 tabular-nums">{error.line}</td>
                    <td className="px-2 py-1.5 font-mono">{error.column ?? t("errors.row")}</td>
                    <td className="px-2 py-1.5">{describe(error)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.errors.length > shown.length && (
            <p className="mt-1 text-xs text-slate-500">
              {t("errors.more", { count: result.errors.length - shown.length })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
