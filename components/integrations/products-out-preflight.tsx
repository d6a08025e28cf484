"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { fetchJson } from "@/components/api/fetch-json";
import type { ProductsOutPreflight } from "@/lib/marketplace-catalog/preflight-products-out";

export const preflightQuery = (id: string) => ({
  queryKey: ["integrations", id, "preflight", "products_out"],
  queryFn: () => fetchJson<ProductsOutPreflight | null>(`/api/integrations/${id}/preflight?kind=products_out`),
});

/** Before "Sync now" of products: which products the marketplace would refuse and why, all at once. */
export function ProductsOutPreflight({ id }: { id: string }) {
  const t = useTranslations("preflight");
  const { data } = useQuery(preflightQuery(id));
  if (!data || data.blocked === 0) return null;
  const reasons = Object.entries(data.problems)
    .filter(([, count]) => count > 0)
    .map(([problem, count]) => t(`problems.${problem}` as "problems.no_category", { count }));
  return (
    <div
      role="status"
      data-testid="products-out-preflight"
      className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      <p className="font-medium">
        {data.blocked === data.total
          ? t("allBlocked", { count: data.total })
          : t("someBlocked", { blocked: data.blocked, total: data.total })}
      </p>
      <ul className="mt-1 list-inside list-disc">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {data.examples.length > 0 && (
        <p className="mt-1 break-words font-mono text-xs">{data.examples.map((example) => example.sku).join(", ")}</p>
      )}
      <Link href="/products/matching" className="mt-1 inline-block font-medium text-indigo-700 hover:underline">
        {t("fix")}
      </Link>
    </div>
  );
}
