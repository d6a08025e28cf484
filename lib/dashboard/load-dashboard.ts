import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, payments, syncItems, syncRuns, webhookEvents } from "@/db/schema";
import { healthStatus, loadHealthInputs, type HealthStatus } from "@/lib/health/integration-health";
import { listIntegrations } from "@/lib/integrations/get-integration";
import type { IntegrationView } from "@/lib/integrations/integration-view";

const HOUR_MS = 3_600_000;
// Istanbul has kept UTC+3 all year since 2016, so "today" there needs no time zone database.
const ISTANBUL_OFFSET_MS = 3 * HOUR_MS;

export function startOfIstanbulDay(now: Date): Date {
  const local = now.getTime() + ISTANBUL_OFFSET_MS;
  return new Date(local - (local % 86_400_000) - ISTANBUL_OFFSET_MS);
}

/** The next scheduled slot of any implemented sync kind (slots are multiples of each kind's frequency). */
export function nextSyncAt(integration: IntegrationView, now: Date): Date | null {
  if (!integration.is_active) return null;
  const next = integration.available_sync_kinds
    .map((kind) => integration.sync_minutes[kind])
    .filter((minutes): minutes is number => typeof minutes === "number" && minutes > 0)
    .map((minutes) => (Math.floor(now.getTime() / (minutes * 60_000)) + 1) * minutes * 60_000);
  return next.length ? new Date(Math.min(...next)) : null;
}

export type DashboardIntegration = {
  id: string;
  display_name: string;
  status: HealthStatus;
  is_active: boolean;
  last_sync_at: string | null;
  last_sync_status: string | null;
  next_sync_at: string | null;
  items_failed_today: number;
  open_issues: number;
  /** Webhook deliveries per hour over the last 24 hours, oldest first (24 numbers). */
  webhooks_24h: number[];
};

export type Dashboard = {
  integrations: DashboardIntegration[];
  orders_today: { integration: string; display_name: string; count: number; total_kurus: number }[];
  money_in_today: { orders_kurus: number; payments_kurus: number };
  open_issues: number;
};

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/** Everything the home page shows, for the configured integrations; amounts in kuruş (TRY only). */
export async function loadDashboard(options: { db: Db; now?: Date }): Promise<Dashboard> {
  const { db } = options;
  const now = options.now ?? new Date();
  const today = startOfIstanbulDay(now).toISOString();
  const windowStart = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS - 23 * HOUR_MS);
  const [views, inputs, failedItems, volume, orderRows, paymentRows] = await Promise.all([
    listIntegrations({ db }),
    loadHealthInputs(db),
    db.execute(sql`select r.integration_id, count(*)::int as n from ${syncItems} i
      join ${syncRuns} r on r.id = i.run_id
      where i.result = 'failed' and i.created_at >= ${today}::timestamptz group by r.integration_id`),
    db.execute(sql`select coalesce(integration_id, provider) as integration_id,
        floor(extract(epoch from received_at - ${windowStart.toISOString()}::timestamptz) / 3600)::int as bucket,
        count(*)::int as n
      from ${webhookEvents} where received_at >= ${windowStart.toISOString()}::timestamptz
      group by 1, 2`),
    db.execute(sql`select integration_id, count(*)::int as n, coalesce(sum(total_kurus), 0)::bigint as total
      from ${orders} where ordered_at >= ${today}::timestamptz and upper(currency) = 'TRY' group by integration_id`),
    db.execute(sql`select coalesce(sum(coalesce(amount_kurus, 0) - refunded_kurus), 0)::bigint as total
      from ${payments} where created_at >= ${today}::timestamptz and upper(coalesce(currency, 'TRY')) = 'TRY'
        and status in ('succeeded', 'partially_refunded')`),
  ]);
  const failedBy = new Map(
    rowsOf<{ integration_id: string; n: number }>(failedItems).map((r) => [r.integration_id, Number(r.n)]),
  );
  const volumeBy = new Map<string, number[]>();
  for (const row of rowsOf<{ integration_id: string; bucket: number; n: number }>(volume)) {
    const series = volumeBy.get(row.integration_id) ?? Array.from({ length: 24 }, () => 0);
    if (row.bucket >= 0 && row.bucket < 24) series[row.bucket] = Number(row.n);
    volumeBy.set(row.integration_id, series);
  }
  const names = new Map(views.map((view) => [view.id, view.display_name]));
  const configured = views.filter((view) => view.is_configured);
  const ordersToday = rowsOf<{ integration_id: string; n: number; total: string | number }>(orderRows).map((row) => ({
    integration: row.integration_id,
    display_name: names.get(row.integration_id) ?? row.integration_id,
    count: Number(row.n),
    total_kurus: Number(row.total),
  }));
  return {
    integrations: configured.map((view) => ({
      id: view.id,
      display_name: view.display_name,
      status: healthStatus({
        integration: inputs.integrations.get(view.id),
        health: inputs.health.get(view.id),
        degradedAfterMinutes: inputs.degradedAfterMinutes,
        now,
      }).status,
      is_active: view.is_active,
      last_sync_at: view.last_sync_at,
      last_sync_status: view.last_sync_status,
      next_sync_at: nextSyncAt(view, now)?.toISOString() ?? null,
      items_failed_today: failedBy.get(view.id) ?? 0,
      open_issues: inputs.openIssues[view.id] ?? 0,
      webhooks_24h: volumeBy.get(view.id) ?? Array.from({ length: 24 }, () => 0),
    })),
    orders_today: ordersToday,
    money_in_today: {
      orders_kurus: ordersToday.reduce((sum, row) => sum + row.total_kurus, 0),
      payments_kurus: Number(rowsOf<{ total: string | number }>(paymentRows)[0]?.total ?? 0),
    },
    open_issues: Object.values(inputs.openIssues).reduce((sum, count) => sum + count, 0),
  };
}
