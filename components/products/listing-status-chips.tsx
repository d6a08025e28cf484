import { useTranslations } from "next-intl";
import type { MarketplaceOption } from "@/lib/catalog/marketplaces";
import type { ListingSummary } from "@/lib/catalog/product-view";
import { ListingStatusBadge } from "./listing-status-badge";

/** One chip per marketplace the product is listed on, or a quiet dash when it is on none. */
export function ListingStatusChips({
  listings,
  marketplaces,
}: {
  listings: ListingSummary[];
  marketplaces: MarketplaceOption[];
}) {
  const t = useTranslations("products");
  if (listings.length === 0) {
    return (
      <span className="text-xs text-slate-500" title={t("notListed")}>
        —<span className="sr-only">{t("notListed")}</span>
      </span>
    );
  }
  const nameOf = (id: string) => marketplaces.find((marketplace) => marketplace.id === id)?.display_name ?? id;
  return (
    <ul className="flex flex-wrap gap-1">
      {listings.map((listing) => (
        <li key={listing.integration_id}>
          <ListingStatusBadge
            status={listing.remote_status}
            marketplace={nameOf(listing.integration_id)}
            lastError={listing.last_error}
          />
        </li>
      ))}
    </ul>
  );
}
