import { useTranslations } from "next-intl";
import { toSearch, type ProductListParams } from "./product-queries";

/** A plain download link: the browser streams the CSV straight to disk, however many products there are. */
export function ExportCsvButton({ params }: { params: ProductListParams }) {
  const t = useTranslations("products.export");
  const search = toSearch(params);
  return (
    <a
      href={`/api/products/export${search ? `?${search}` : ""}`}
      download
      title={t("hint")}
      className="inline-flex h-10 items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 shadow-sm transition-colors hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
    >
      {t("button")}
    </a>
  );
}
