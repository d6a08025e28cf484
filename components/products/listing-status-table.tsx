import { useFormatter, useTranslations } from "next-intl";
import type { MarketplaceOption } from "@/lib/catalog/marketplaces";
import type { ListingDetail } from "@/lib/catalog/product-view";
import { ListingStatusBadge } from "./listing-status-badge";
import { ReportedStockNotice } from "./reported-stock-notice";
import { useFormatTry } from "./use-format-try";

/** Every marketplace, listed or not: its status, what was last sent and the last error the marketplace gave. */
export function ListingStatusTable({
  productId,
  listings,
  marketplaces,
  canEdit,
}: {
  productId: number;
  listings: ListingDetail[];
  marketplaces: MarketplaceOption[];
  canEdit: boolean;
}) {
  const t = useTranslations("products.detail");
  const tStatus = useTranslations("products.listingStatus");
  const format = useFormatter();
  const formatTry = useFormatTry();
  const cell = "px-4 py-3 align-top";
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            {(["marketplace", "status", "remoteId", "lastPushed", "lastError"] as const).map((key) => (
              <th key={key} scope="col" className="whitespace-nowrap px-4 py-2.5">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {marketplaces.map((marketplace) => {
            const listing = listings.find((candidate) => candidate.integration_id === marketplace.id);
            return (
              <tr key={marketplace.id} data-testid={`listing-${marketplace.id}`}>
                <th scope="row" className={`${cell} text-left font-medium text-slate-900`}>
                  {marketplace.display_name}
                </th>
                <td className={cell}>
                  {listing ? (
                    <ListingStatusBadge status={listing.remote_status} />
                  ) : (
                    <span className="text-slate-500">{tStatus("none")}</span>
                  )}
                </td>
                <td className={`${cell} font-mono text-xs`}>{listing?.remote_id ?? "—"}</td>
                <td className={`${cell} whitespace-nowrap text-slate-700`}>
                  {listing?.last_pushed_at ? (
                    <>
                      <time dateTime={listing.last_pushed_at}>
                        {format.dateTime(new Date(listing.last_pushed_at), { dateStyle: "medium", timeStyle: "short" })}
                      </time>
                      {listing.last_pushed_sale_price && listing.last_pushed_list_price && (
                        <span className="block text-xs text-slate-500">
                          {t("pushed", {
                            sale: formatTry(listing.last_pushed_sale_price),
                            list: formatTry(listing.last_pushed_list_price),
                            stock: listing.last_pushed_stock ?? "—",
                          })}
                        </span>
                      )}
                    </>
                  ) : (
                    t("never")
                  )}
                  {listing && (
                    <ReportedStockNotice
                      productId={productId}
                      listing={listing}
                      marketplaceName={marketplace.display_name}
                      canEdit={canEdit}
                    />
                  )}
                </td>
                <td className={`${cell} max-w-md text-red-700`}>
                  {listing?.last_error ?? <span className="text-slate-500">—</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
