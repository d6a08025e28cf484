import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import type { ListSource } from "./list-types";

/** A keyset-paginated react-query list as the list view reads it. */
export function fromInfiniteQuery<T>(
  query: UseInfiniteQueryResult<InfiniteData<{ items: T[] }, unknown>, Error>,
): ListSource<T> {
  return {
    items: query.data?.pages.flatMap((page) => page.items) ?? [],
    isPending: query.isPending,
    error: query.isError && !query.data ? query.error : null,
    isStale: query.isPlaceholderData,
    isFetching: query.isFetching,
    hasMore: query.hasNextPage,
    isLoadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
    retry: () => void query.refetch(),
  };
}

/** Rows a server component already loaded in full: nothing pending, nothing more to fetch. */
export function fromRows<T>(items: T[]): ListSource<T> {
  const noop = () => {};
  return {
    items,
    isPending: false,
    error: null,
    isStale: false,
    isFetching: false,
    hasMore: false,
    isLoadingMore: false,
    loadMore: noop,
    retry: noop,
  };
}
