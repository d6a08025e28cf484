import Link from "next/link";
import type { MarketplaceOption } from "@/lib/catalog/marketplaces";
import type { ProductView } from "@/lib/catalog/product-view";
import { ListingStatusChips } from "./listing-status-chips";
import { ProductValueCell } from "./product-value-cell";

type ProductRowProps = { product: ProductView; marketplaces: MarketplaceOption[]; canEdit: boolean };

export function ProductRow({ product, marketplaces, canEdit }: ProductRowProps) {
  return (
    <tr className={`align-top ${product.is_active ? "" : "text-slate-500"}`} data-testid={`product-row-${product.sku}`}>
      <td className="whitespace-nowrap px-3 py-2.5 font-mono text-xs">
        <Link
          href={`/products/${product.id}`}
          className="font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          {product.sku}
        </Link>
      </td>
      <td className="max-w-72 px-3 py-2.5">
        <span className="line-clamp-2">{product.title}</span>
      </td>
      <td className="px-3 py-2.5">{product.brand ?? "—"}</td>
      <td className="px-3 py-2.5">{product.category ?? "—"}</td>
      <td className="whitespace-nowrap px-3 py-2.5 text-right">
        <ProductValueCell product={product} field="sale_price" canEdit={canEdit} />
      </td>
      <td className="whitespace-nowrap px-3 py-2.5 text-right text-slate-600">
        <ProductValueCell product={product} field="list_price" canEdit={canEdit} />
      </td>
      <td className="whitespace-nowrap px-3 py-2.5 text-right">
        <ProductValueCell product={product} field="stock" canEdit={canEdit} />
      </td>
      <td className="px-3 py-2.5">
        <ListingStatusChips listings={product.listings} marketplaces={marketplaces} />
      </td>
    </tr>
  );
}
