import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import { dayBoundary, toQueryString } from "@/components/sync/query-string";
import type { OrderDetail, OrderPage } from "./order-types";

/** The list's filters as the user set them; `from`/`to` are local days (yyyy-mm-dd). */
export type OrderFilters = Partial<Record<"integration" | "status" | "from" | "to" | "q", string>>;

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
