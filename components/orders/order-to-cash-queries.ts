import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";

export type TimelineStepView = {
  step: string;
  status: "done" | "failed" | "running" | "pending";
  at: string | null;
  reference: string | null;
  error: {
    code: string;
    params: Record<string, string | number> | null;
    message: string;
    providerMessage: string | null;
  } | null;
  request: unknown;
  attempts: number;
  trigger: string | null;
  retryable: boolean;
};

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
