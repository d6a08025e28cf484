"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { fetchJson } from "@/components/api/fetch-json";
import { MarketplaceError } from "@/components/orders/marketplace-error";
import { Button } from "@/components/ui/button";
import type { ListingDetail, ProductDetailView } from "@/lib/catalog/product-view";
import { productQuery } from "./product-queries";

/**
 * A channel reported a stock different from Köprü's. Köprü's value has been pushed again; the admin may take the
 * channel's value instead (it then goes to every channel) or keep Köprü's, which clears the notice.
 */
export function ReportedStockNotice({
  productId,
  listing,
  marketplaceName,
  canEdit,
}: {
  productId: number;
  listing: ListingDetail;
  marketplaceName: string;
  canEdit: boolean;
}) {
  const t = useTranslations("products.detail.reportedStock");
  const format = useFormatter();
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: (choice: "use_channel" | "keep_kopru") =>
      fetchJson<ProductDetailView>(
        `/api/products/${productId}/listings/${encodeURIComponent(listing.integration_id)}/reported-stock`,
        { method: "POST", body: { choice } },
      ),
    onSuccess: (product) => queryClient.setQueryData(productQuery(productId).queryKey, product),
  });
  if (listing.reported_stock === null) return null;
  return (
    <div
      className="mt-2 space-y-2 rounded-md border border-amber-200 bg-amber-50 p-2 text-xs text-amber-900"
      role="status"
      data-testid={`reported-stock-${listing.integration_id}`}
    >
      <p>
        {t("message", {
          marketplace: marketplaceName,
          stock: listing.reported_stock,
          date: listing.reported_stock_at
            ? format.dateTime(new Date(listing.reported_stock_at), { dateStyle: "medium", timeStyle: "short" })
            : "—",
        })}
      </p>
      {canEdit && (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" isPending={decide.isPending} onClick={() => decide.mutate("use_channel")}>
            {t("useChannel", { stock: listing.reported_stock })}
          </Button>
          <Button size="sm" variant="secondary" disabled={decide.isPending} onClick={() => decide.mutate("keep_kopru")}>
            {t("keepKopru")}
          </Button>
        </div>
      )}
      {decide.isError && <MarketplaceError error={decide.error} />}
    </div>
  );
}
