"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "../button";
import { EmptyState } from "../empty-state";
import { TableSkeleton } from "../table-skeleton";
import { useIsWide } from "../use-is-wide";
import { ListCards } from "./list-cards";
import { ListFooter } from "./list-footer";
import { ListTable } from "./list-table";
import type { ListColumn, ListRowProps, ListSelection, ListSource } from "./list-types";

type ListViewProps<T> = {
  caption: string;
  source: ListSource<T>;
  columns: ListColumn<T>[];
  rowKey: (row: T) => string;
  rowProps?: (row: T) => ListRowProps;
  /** The empty list before any filter: what it is and what to do next. */
  empty: { title: string; description: string; action?: ReactNode };
  /** Set when a filter is active: the empty state then offers to clear the filters. */
  filtered?: { title: string; description?: string; onClear: () => void };
  selection?: ListSelection<T>;
  skeletonRows?: number;
};

/**
 * Every console list: a skeleton while the first page loads, an error with retry, an empty state that says what to do,
 * the rows as a table (or stacked cards below 640 px), and the "N shown · Load more" footer.
 */
export function ListView<T>(props: ListViewProps<T>) {
  const { source, empty, filtered } = props;
  const t = useTranslations("listView");
  const toErrorMessage = useApiErrorMessage();
  const isWide = useIsWide();

  if (source.isPending) return <TableSkeleton rows={props.skeletonRows ?? 6} />;
  if (source.error) {
    return (
      <EmptyState
        title={t("loadFailed")}
        description={toErrorMessage(source.error)}
        action={
          <Button variant="secondary" onClick={source.retry}>
            {t("retry")}
          </Button>
        }
      />
    );
  }
  if (source.items.length === 0) {
    return filtered ? (
      <EmptyState
        title={filtered.title}
        description={filtered.description ?? t("noMatchesHint")}
        action={
          <Button variant="secondary" onClick={filtered.onClear}>
            {t("clearFilters")}
          </Button>
        }
      />
    ) : (
      <EmptyState title={empty.title} description={empty.description} action={empty.action} />
    );
  }
  const Layout = isWide ? ListTable : ListCards;
  return (
    <>
      <div className={source.isStale ? "opacity-60 transition-opacity" : ""} aria-busy={source.isFetching || undefined}>
        <Layout
          caption={props.caption}
          columns={props.columns}
          rows={source.items}
          rowKey={props.rowKey}
          rowProps={props.rowProps}
          selection={props.selection}
        />
      </div>
      {(source.hasMore || source.items.length > 0) && (
        <ListFooter
          shown={source.items.length}
          hasMore={source.hasMore}
          isLoadingMore={source.isLoadingMore}
          onLoadMore={source.loadMore}
        />
      )}
    </>
  );
}
