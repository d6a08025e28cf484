import { useTranslations } from "next-intl";
import type { MarketplaceOption } from "@/lib/catalog/marketplaces";
import type { ProductView } from "@/lib/catalog/product-view";
import { ProductRow } from "./product-row";

const COLUMNS = [
  ["sku", "text-left"],
  ["title", "text-left"],
  ["brand", "text-left"],
  ["category", "text-left"],
  ["salePrice", "text-right"],
  ["listPrice", "text-right"],
  ["stock", "text-right"],
  ["listings", "text-left"],
] as const;

type ProductTableProps = { products: ProductView[]; marketplaces: MarketplaceOption[]; canEdit: boolean };

export function ProductTable({ products, marketplaces, canEdit }: ProductTableProps) {
  const t = useTranslations("products");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            {COLUMNS.map(([key, align]) => (
              <th key={key} scope="col" className={`whitespace-nowrap px-3 py-2.5 ${align}`}>
                {t(`columns.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 text-slate-800">
          {products.map((product) => (
            <ProductRow key={product.id} product={product} marketplaces={marketplaces} canEdit={canEdit} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
