"use client";

import { useTranslations } from "next-intl";
import { Button } from "../button";

type ListFooterProps = { shown: number; hasMore: boolean; isLoadingMore: boolean; onLoadMore: () => void };

/** "N shown" and the keyset "Load more" button under a list. */
export function ListFooter({ shown, hasMore, isLoadingMore, onLoadMore }: ListFooterProps) {
  const t = useTranslations("listView");
  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <span aria-live="polite">{t("shown", { count: shown })}</span>
      {hasMore ? (
        <Button variant="secondary" isPending={isLoadingMore} onClick={onLoadMore}>
          {t("loadMore")}
        </Button>
      ) : (
        <span>{t("end")}</span>
      )}
    </div>
  );
}
