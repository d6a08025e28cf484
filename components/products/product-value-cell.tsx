"use client";

import { useLocale, useTranslations } from "next-intl";
import { parseTryAmount } from "@/lib/catalog/money";
import type { ProductView } from "@/lib/catalog/product-view";
import { InlineEditCell } from "./inline-edit-cell";
import { useFormatTry } from "./use-format-try";
import { useUpdateProduct } from "./use-update-product";

type EditableField = "sale_price" | "list_price" | "stock";
type ProductValues = Pick<ProductView, "id" | "sku" | "sale_price" | "list_price" | "stock">;

const COLUMN_KEYS = { sale_price: "salePrice", list_price: "listPrice", stock: "stock" } as const;

/** A product's sale price, list price or stock, editable in place by admins. */
export function ProductValueCell({
  product,
  field,
  canEdit,
}: {
  product: ProductValues;
  field: EditableField;
  canEdit: boolean;
}) {
  const t = useTranslations("products");
  const locale = useLocale();
  const formatTry = useFormatTry();
  const update = useUpdateProduct(product.id, product.sku);
  const label = t(`columns.${COLUMN_KEYS[field]}`);
  const isStock = field === "stock";
  const value = isStock ? String(product.stock) : product[field];
  // Turkish writes 199,90; the API takes either mark.
  const initial = !isStock && locale === "tr" ? value.replace(".", ",") : value;

  function validate(draft: string): string | null {
    if (isStock) return /^\s*\d+\s*$/.test(draft) ? null : t("edit.invalidStock");
    const kurus = parseTryAmount(draft);
    if (kurus === null || kurus === 0) return t("edit.invalidPrice");
    const sale = parseTryAmount(product.sale_price) ?? 0;
    const list = parseTryAmount(product.list_price) ?? 0;
    if (field === "list_price" && kurus < sale) return t("edit.listBelowSale", { sale: formatTry(product.sale_price) });
    if (field === "sale_price" && kurus > list) return t("edit.saleAboveList", { list: formatTry(product.list_price) });
    return null;
  }

  return (
    <InlineEditCell
      label={label}
      editLabel={t("edit.edit", { field: label, sku: product.sku })}
      display={isStock ? String(product.stock) : formatTry(value)}
      initial={initial}
      canEdit={canEdit}
      inputMode={isStock ? "numeric" : "decimal"}
      validate={validate}
      onSave={(draft) => update.mutateAsync(isStock ? { stock: Number(draft) } : { [field]: draft })}
    />
  );
}
