"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { fetchJson } from "@/components/api/fetch-json";
import { MatchEditor } from "./match-editor";
import { productMatchQuery, type MatchValue } from "./matching-queries";
import { ProblemBadges } from "./problem-badges";

/** A product's marketplace category, brand and attributes, prefilled from its Köprü category's defaults. */
export function ProductMatchCard({
  integrationId,
  marketplaceName,
  productId,
  canEdit,
}: {
  integrationId: string;
  marketplaceName: string;
  productId: number;
  canEdit: boolean;
}) {
  const t = useTranslations("marketplaceUi.matching");
  const queryClient = useQueryClient();
  const match = useQuery(productMatchQuery(integrationId, productId));
  return (
    <section
      className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      data-testid={`product-match-${integrationId}`}
    >
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">
          {t("productTitle", { marketplace: marketplaceName })}
        </h2>
        {match.data && <ProblemBadges problems={match.data.problems} missing={match.data.missingAttributes} />}
      </div>
      {match.data && (
        <MatchEditor
          integrationId={integrationId}
          initial={match.data.resolved}
          initialLabels={{ category: match.data.resolved.categoryPath, brand: match.data.resolved.brandName }}
          canEdit={canEdit}
          testId="product-match-editor"
          onSave={async (value: MatchValue) => {
            const fresh = await fetchJson(
              `/api/products/${productId}/marketplace-match/${encodeURIComponent(integrationId)}`,
              {
                method: "PUT",
                body: {
                  remoteCategoryId: value.categoryId,
                  remoteBrandId: value.brandId,
                  attributes: value.attributes,
                },
              },
            );
            queryClient.setQueryData(productMatchQuery(integrationId, productId).queryKey, fresh as never);
          }}
        />
      )}
    </section>
  );
}
