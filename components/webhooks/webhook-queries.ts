import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import { dayBoundary, toQueryString } from "@/components/sync/query-string";
import type { WebhookEventDetail, WebhookPage } from "./webhook-types";

/** The list's filters as the user set them; `from`/`to` are local days (yyyy-mm-dd), `test` is "test" or "real". */
export const WEBHOOK_FILTER_KEYS = ["q", "provider", "type", "status", "test", "from", "to", "error"] as const;
export type WebhookFilters = Partial<Record<(typeof WEBHOOK_FILTER_KEYS)[number], string>>;

/** The filters as the API takes them (instants instead of days). */
export const toApiFilter = (filters: WebhookFilters): Record<string, string> =>
  Object.fromEntries(
    Object.entries({ ...filters, from: dayBoundary(filters.from, "start"), to: dayBoundary(filters.to, "end") }).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "",
    ),
  );

export const webhooksQuery = (filters: WebhookFilters) =>
  infiniteQueryOptions({
    queryKey: ["webhooks", "list", filters],
    queryFn: ({ pageParam }) =>
      fetchJson<WebhookPage>(`/api/webhooks?${toQueryString({ ...toApiFilter(filters), before: pageParam })}`),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextBefore,
  });

export const webhookEventQuery = (id: number) =>
  queryOptions({
    queryKey: ["webhooks", "event", id],
    queryFn: () => fetchJson<WebhookEventDetail>(`/api/webhooks/${id}`),
  });
