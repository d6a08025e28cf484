import { z } from "zod";
import type { Db } from "@/db/client";
import { listSyncRuns } from "@/lib/sync/list-sync-runs";
import { listWebhookEvents } from "@/lib/webhooks/list-webhook-events";
import { requireProvider } from "./get-integration";

const logsQuerySchema = z.object({
  type: z.enum(["all", "sync", "webhook"]).default("all"),
  status: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  q: z.string().optional(),
  kind: z.string().optional(),
  sync_before: z.string().optional(),
  webhook_before: z.string().optional(),
  limit: z.string().optional(),
});

/** Both logs of one integration, each keyset-paginated on its own cursor. */
export async function listIntegrationLogs(options: { db: Db; id: string; query: Record<string, string> }) {
  const provider = requireProvider(options.id);
  const query = logsQuerySchema.parse(options.query);
  const common = { from: query.from, to: query.to, q: query.q, limit: query.limit };
  const [syncRuns, webhookEvents] = await Promise.all([
    query.type === "webhook"
      ? null
      : listSyncRuns({
          db: options.db,
          filter: {
            ...common,
            integration: provider.id,
            kind: query.kind,
            status: query.status as never,
            before: query.sync_before,
          },
        }),
    query.type === "sync"
      ? null
      : listWebhookEvents({
          db: options.db,
          filter: { ...common, provider: provider.id, status: query.status as never, before: query.webhook_before },
        }),
  ]);
  return {
    integration: provider.id,
    sync_runs: syncRuns ? { items: syncRuns.items, next_before: syncRuns.nextBefore } : null,
    webhook_events: webhookEvents ? { items: webhookEvents.items, next_before: webhookEvents.nextBefore } : null,
  };
}
