import { useTranslations } from "next-intl";

/** Delivery headers as stored: the intake has already redacted signatures and credentials. */
export function HeadersTable({ headers }: { headers: Record<string, string> }) {
  const t = useTranslations("webhookUi.detail");
  const entries = Object.entries(headers).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <p className="text-sm text-slate-500">{t("noHeaders")}</p>;
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-xs" data-testid="webhook-headers">
        <caption className="sr-only">{t("headers")}</caption>
        <thead className="bg-slate-50 text-left font-semibold text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("headerName")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("headerValue")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 font-mono">
          {entries.map(([name, value]) => (
            <tr key={name}>
              <th scope="row" className="whitespace-nowrap px-3 py-1.5 text-left font-medium text-slate-800">
                {name}
              </th>
              <td className="break-all px-3 py-1.5 text-slate-700">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
