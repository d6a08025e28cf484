"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { MarketplaceOption } from "@/lib/catalog/marketplaces";
import { ListingStatusTable } from "./listing-status-table";
import { productQuery } from "./product-queries";
import { ProductTextEditor } from "./product-text-editor";
import { ProductValueCell } from "./product-value-cell";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

type ProductDetailProps = { id: number; marketplaces: MarketplaceOption[]; canEdit: boolean };

/** A product's fields (prices and stock editable in place by admins) and its listing on each marketplace. */
export function ProductDetail({ id, marketplaces, canEdit }: ProductDetailProps) {
  const t = useTranslations("products");
  const format = useFormatter();
  const { data: product } = useSuspenseQuery(productQuery(id));
  return (
    <div className="space-y-6">
      <section aria-labelledby="product-fields" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="product-fields" className="mb-4 text-base font-semibold text-slate-900">
          {t("detail.fields")}
        </h2>
        <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field label={t("columns.sku")}>
            <span className="font-mono">{product.sku}</span>
          </Field>
          <Field label={t("detail.barcode")}>{product.barcode ?? "—"}</Field>
          <Field label={t("columns.brand")}>{product.brand ?? "—"}</Field>
          <Field label={t("columns.category")}>{product.category ?? "—"}</Field>
          <Field label={t("columns.salePrice")}>
            <ProductValueCell product={product} field="sale_price" canEdit={canEdit} />
          </Field>
          <Field label={t("columns.listPrice")}>
            <ProductValueCell product={product} field="list_price" canEdit={canEdit} />
          </Field>
          <Field label={t("columns.stock")}>
            <ProductValueCell product={product} field="stock" canEdit={canEdit} />
          </Field>
          <Field label={t("detail.vatRate")}>{format.number(product.vat_rate / 100, { style: "percent" })}</Field>
          <Field label={t("detail.isActive")}>
            <Badge tone={product.is_active ? "success" : "neutral"}>
              {t(product.is_active ? "detail.active" : "detail.inactive")}
            </Badge>
          </Field>
          <Field label={t("detail.updatedAt")}>
            <time dateTime={product.updated_at}>
              {format.dateTime(new Date(product.updated_at), { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </Field>
        </dl>
      </section>
      <ProductTextEditor key={product.updated_at} product={product} canEdit={canEdit} />
      <section aria-labelledby="product-listings" className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <div className="px-6 pt-6 pb-4">
          <h2 id="product-listings" className="text-base font-semibold text-slate-900">
            {t("detail.listings")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("detail.listingsHint")}</p>
        </div>
        <ListingStatusTable
          productId={product.id}
          listings={product.listings}
          marketplaces={marketplaces}
          canEdit={canEdit}
        />
      </section>
    </div>
  );
}
