"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ListColumn } from "@/components/ui/list/list-types";
import type { MarketplaceOption } from "@/lib/catalog/marketplaces";
import type { ProductView } from "@/lib/catalog/product-view";
import { ListingStatusChips } from "./listing-status-chips";
import { ProductValueCell } from "./product-value-cell";

/** The products list's columns; a phone card shows the SKU and title, sale price, stock and listings. */
export function useProductColumns(marketplaces: MarketplaceOption[], canEdit: boolean): ListColumn<ProductView>[] {
  const t = useTranslations("products.columns");
  return [
    {
      id: "sku",
      header: t("sku"),
      card: "title",
      className: "whitespace-nowrap font-mono text-xs",
      cell: (product, layout) => (
        <>
          <Link
            href={`/products/${product.id}`}
            className="font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            {product.sku}
          </Link>
          {layout === "card" && (
            <span className="mt-1 block font-sans text-sm font-normal text-slate-800">{product.title}</span>
          )}
        </>
      ),
    },
    {
      id: "title",
      header: t("title"),
      className: "max-w-72",
      cell: (product) => <span className="line-clamp-2">{product.title}</span>,
    },
    { id: "brand", header: t("brand"), cell: (product) => product.brand ?? "—" },
    { id: "category", header: t("category"), cell: (product) => product.category ?? "—" },
    {
      id: "salePrice",
      header: t("salePrice"),
      align: "right",
      card: "key",
      className: "whitespace-nowrap",
      cell: (product) => <ProductValueCell product={product} field="sale_price" canEdit={canEdit} />,
    },
    {
      id: "listPrice",
      header: t("listPrice"),
      align: "right",
      className: "whitespace-nowrap text-slate-600",
      cell: (product) => <ProductValueCell product={product} field="list_price" canEdit={canEdit} />,
    },
    {
      id: "stock",
      header: t("stock"),
      align: "right",
      card: "key",
      className: "whitespace-nowrap",
      cell: (product) => <ProductValueCell product={product} field="stock" canEdit={canEdit} />,
    },
    {
      id: "listings",
      header: t("listings"),
      card: "key",
      cell: (product) => <ListingStatusChips listings={product.listings} marketplaces={marketplaces} />,
    },
  ];
}
