import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import { dayBoundary, toQueryString } from "@/components/sync/query-string";
import type { OrderDetail, OrderPage } from "./order-types";

/** The list's filters as the user set them; `from`/`to` are local days (yyyy-mm-dd). */
export const ORDER_FILTER_KEYS = ["q", "integration", "status", "from", "to"] as const;
export type OrderFilters = Partial<Record<(typeof ORDER_FILTER_KEYS)[number], string>>;

export const ordersQuery = (filters: OrderFilters) =>
  infiniteQueryOptions({
    queryKey: ["orders", "list", filters],
    queryFn: ({ pageParam }) =>
      fetchJson<OrderPage>(
        `/api/orders?${toQueryString({ ...filters, from: dayBoundary(filters.from, "start"), to: dayBoundary(filters.to, "end"), before: pageParam })}`,
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextBefore,
  });

export const orderQuery = (id: number) =>
  queryOptions({
    queryKey: ["orders", "detail", id],
    queryFn: () => fetchJson<OrderDetail>(`/api/orders/${id}`),
  });
