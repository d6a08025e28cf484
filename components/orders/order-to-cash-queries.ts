import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import type { TimelineEntry } from "@/lib/orders/order-timeline";

/** A timeline entry as the API sends it: the server's shape with its date as an ISO string. */
export type TimelineStepView = Omit<TimelineEntry, "step" | "at"> & { step: string; at: string | null };

export type DryRunView = {
  steps: {
    step: string;
    would_send: { provider: string; operation: string; body: unknown } | null;
    blocked: { code: string; params: Record<string, string | number> | null; message: string; field?: string } | null;
  }[];
};

export const timelineQuery = (orderId: number) =>
  queryOptions({
    queryKey: ["orders", "timeline", orderId],
    queryFn: () => fetchJson<{ steps: TimelineStepView[] }>(`/api/orders/${orderId}/timeline`),
  });
