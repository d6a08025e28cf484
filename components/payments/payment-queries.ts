import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import { toQueryString } from "@/components/sync/query-string";
import type { PaymentDetail } from "@/lib/payments/get-payment";
import type { PaymentListItem } from "@/lib/payments/list-payments";

export const PAYMENT_FILTER_KEYS = ["q", "provider", "status", "order"] as const;
export type PaymentFilters = Partial<Record<(typeof PAYMENT_FILTER_KEYS)[number], string>>;
export type PaymentPage = { items: PaymentListItem[]; nextBefore: number | null };

export const paymentsQuery = (filters: PaymentFilters) =>
  infiniteQueryOptions({
    queryKey: ["payments", "list", filters],
    queryFn: ({ pageParam }) =>
      fetchJson<PaymentPage>(`/api/payments?${toQueryString({ ...filters, before: pageParam })}`),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextBefore,
  });

export const paymentQuery = (id: number) =>
  queryOptions({
    queryKey: ["payments", "detail", id],
    queryFn: () => fetchJson<PaymentDetail>(`/api/payments/${id}`),
  });
