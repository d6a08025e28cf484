import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ListingSummary } from "@/lib/catalog/product-view";

type ListingStatus = ListingSummary["remote_status"];

const TONES: Record<ListingStatus, BadgeTone> = { pending: "warning", active: "success", failed: "danger" };

/** "Trendyol · Failed", with the marketplace's last error as a tooltip. */
export function ListingStatusBadge({
  status,
  marketplace,
  lastError,
}: {
  status: ListingStatus;
  marketplace?: string;
  lastError?: string | null;
}) {
  const t = useTranslations("products.listingStatus");
  return (
    <Badge tone={TONES[status]} className="whitespace-nowrap">
      <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />
      <span title={lastError ?? undefined}>
        {marketplace ? `${marketplace} · ` : ""}
        {t(status)}
      </span>
    </Badge>
  );
}
