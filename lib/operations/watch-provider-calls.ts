import type { Db } from "@/db/client";
import { recordFailure } from "@/lib/issues/record-failure";
import { recordSuccess } from "@/lib/issues/record-success";
import { getMetrics } from "@/lib/metrics/metrics";
import { observeProviderCalls, type ProviderCall } from "@/lib/providers/provider-fetch";
import { safely } from "./safely";

/**
 * A provider that does not answer, or answers 5xx, is failing whatever Köprü asked; 4xx answers are about the request
 * (credentials, a refused item) and surface through the sync or webhook that made it, with its own message.
 */
const isOutage = (status: ProviderCall["status"]) => status === "network_error" || status >= 500;

export function describeCall(call: ProviderCall): string {
  return call.status === "network_error"
    ? `${call.method} ${call.endpoint}: no answer from ${call.provider} (network error or timeout)`
    : `${call.method} ${call.endpoint}: ${call.provider} answered HTTP ${call.status}`;
}

/** Records one call: metrics at once; outages into the call's issue, answers resolve it and mark the integration live. */
export async function recordProviderCall(db: Db, call: ProviderCall): Promise<void> {
  const metrics = getMetrics();
  metrics.integrationRequests.inc({ provider: call.provider, endpoint: call.endpoint, status: String(call.status) });
  metrics.integrationResponseTime.observe({ provider: call.provider, endpoint: call.endpoint }, call.seconds);
  const operation = `${call.method} ${call.endpoint}`;
  if (isOutage(call.status))
    await recordFailure({
      db,
      integrationId: call.provider,
      kind: "provider_call",
      operation,
      message: describeCall(call),
    });
  else if (typeof call.status === "number" && call.status < 400)
    await recordSuccess({ db, integrationId: call.provider, kinds: ["provider_call"], operation });
}

const globalForWatch = globalThis as { __kopruCallWatch?: () => void };

/** Subscribes the process (once, however often the server boots its modules) to every outbound provider call. */
export function watchProviderCalls(getDb: () => Promise<Db>): void {
  globalForWatch.__kopruCallWatch ??= observeProviderCalls((call) => {
    void safely("a provider call", async () => recordProviderCall(await getDb(), call));
  });
}
