import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import { toQueryString } from "@/components/sync/query-string";
import type { listCustomerOrders, listCustomers } from "@/lib/customers/list-customers";
import type { AsJson } from "@/lib/http/as-json";

export type CustomerPage = AsJson<Awaited<ReturnType<typeof listCustomers>>>;
export type CustomerRow = CustomerPage["items"][number];
export type CustomerOrders = AsJson<Awaited<ReturnType<typeof listCustomerOrders>>>;

export const customersQuery = (filters: { q?: string; page?: number }) =>
  queryOptions({
    queryKey: ["customers", "list", filters],
    queryFn: () => fetchJson<CustomerPage>(`/api/customers?${toQueryString(filters)}`),
  });

export const customerOrdersQuery = (customer: { integrationId: string; key: string }) =>
  queryOptions({
    queryKey: ["customers", "orders", customer.integrationId, customer.key],
    queryFn: () =>
      fetchJson<CustomerOrders>(
        `/api/customers/orders?${toQueryString({ integration: customer.integrationId, key: customer.key })}`,
      ),
  });
