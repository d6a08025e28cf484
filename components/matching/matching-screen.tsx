"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { MarketplaceError } from "@/components/orders/marketplace-error";
import { DateTime } from "@/components/sync/date-time";
import { Button } from "@/components/ui/button";
import { MatchEditor } from "./match-editor";
import { catalogApiBase, matchingQueueQuery } from "./matching-queries";
import { ProblemBadges } from "./problem-badges";

/**
 * One marketplace's matching work: Köprü categories (those with unmatched products first) with their marketplace
 * defaults, then the products that still miss a category, brand or required attribute. Marketplace-neutral: another
 * marketplace appears as another tab once it provides a catalogue source.
 */
export function MatchingScreen({
  marketplaces,
  canEdit,
}: {
  marketplaces: { id: string; name: string }[];
  canEdit: boolean;
}) {
  const t = useTranslations("marketplaceUi.matching");
  const queryClient = useQueryClient();
  const [integrationId, setIntegrationId] = useState(marketplaces[0]?.id ?? "");
  const [editing, setEditing] = useState<string | null>(null);
  const queue = useQuery(matchingQueueQuery(integrationId));
  const refresh = useMutation({
    mutationFn: () => fetchJson(`${catalogApiBase(integrationId)}/refresh`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["matching", integrationId] }),
  });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3" role="tablist">
        {marketplaces.map((marketplace) => (
          <Button
            key={marketplace.id}
            role="tab"
            aria-selected={marketplace.id === integrationId}
            variant={marketplace.id === integrationId ? "primary" : "secondary"}
            onClick={() => setIntegrationId(marketplace.id)}
          >
            {marketplace.name}
          </Button>
        ))}
        <div className="ml-auto flex items-center gap-3 text-sm text-slate-600">
          {queue.data?.refreshedAt ? (
            <span>{t.rich("refreshedAt", { date: () => <DateTime value={queue.data!.refreshedAt!} /> })}</span>
          ) : (
            <span>{t("neverRefreshed")}</span>
          )}
          <Button
            variant="secondary"
            isPending={refresh.isPending}
            disabled={!canEdit}
            onClick={() => refresh.mutate()}
          >
            {t("refresh")}
          </Button>
        </div>
      </div>
      {refresh.isError && <MarketplaceError error={refresh.error} />}
      {queue.isError && <MarketplaceError error={queue.error} />}
      {queue.data && (
        <>
          <p className="text-sm text-slate-700" data-testid="matching-summary">
            {t("summary", queue.data.counts)}
          </p>
          <section className="rounded-lg border border-slate-200 bg-white shadow-sm">
            <h2 className="px-6 pt-5 pb-3 text-base font-semibold text-slate-900">{t("categoriesTitle")}</h2>
            <ul className="divide-y divide-slate-100">
              {queue.data.categories.map((category) => (
                <li
                  key={category.localCategory}
                  className="px-6 py-3"
                  data-testid={`matching-category-${category.localCategory}`}
                >
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <div>
                      <p className="font-medium text-slate-900">{category.localCategory || t("noCategory")}</p>
                      <p className="text-sm text-slate-600">
                        {category.match ? category.match.path : t("unmatched")} ·{" "}
                        {t("productCount", { count: category.productCount, problems: category.withProblems })}
                      </p>
                    </div>
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={!canEdit || !category.localCategory}
                      onClick={() => setEditing(editing === category.localCategory ? null : category.localCategory)}
                    >
                      {t(editing === category.localCategory ? "close" : "edit")}
                    </Button>
                  </div>
                  {editing === category.localCategory && (
                    <div className="mt-4">
                      <MatchEditor
                        integrationId={integrationId}
                        initial={{
                          categoryId: category.match?.remoteCategoryId ?? null,
                          brandId: category.match?.remoteBrandId ?? null,
                          attributes: category.match?.attributes ?? [],
                        }}
                        initialLabels={{ category: category.match?.path ?? null, brand: null }}
                        canEdit={canEdit}
                        testId="category-match-editor"
                        onSave={async (value) => {
                          await fetchJson(`${catalogApiBase(integrationId)}/category-matches`, {
                            method: "PUT",
                            body: {
                              localCategory: category.localCategory,
                              remoteCategoryId: value.categoryId,
                              remoteBrandId: value.brandId,
                              attributes: value.attributes,
                            },
                          });
                          await queryClient.invalidateQueries({ queryKey: matchingQueueQuery(integrationId).queryKey });
                        }}
                      />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <section className="rounded-lg border border-slate-200 bg-white shadow-sm">
            <h2 className="px-6 pt-5 pb-3 text-base font-semibold text-slate-900">{t("productsTitle")}</h2>
            {queue.data.products.length === 0 ? (
              <p className="px-6 pb-5 text-sm text-slate-600">{t("allMatched")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {queue.data.products.map((product) => (
                  <li key={product.id} className="flex flex-wrap items-center justify-between gap-2 px-6 py-2 text-sm">
                    <Link href={`/products/${product.id}`} className="font-medium text-indigo-700 hover:underline">
                      {product.sku} · {product.title}
                    </Link>
                    <ProblemBadges problems={product.problems} missing={product.missingAttributes} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
