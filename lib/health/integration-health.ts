import type { Db } from "@/db/client";
import { integrationHealth, integrations, type Integration, type IntegrationHealth } from "@/db/schema";
import { loadAlertSettingsRow } from "@/lib/alerts/alert-settings";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { requireProvider } from "@/lib/integrations/get-integration";
import { testConnection } from "@/lib/integrations/test-connection";
import { countOpenIssues } from "@/lib/issues/list-issues";

export type HealthStatus = "healthy" | "degraded" | "unhealthy";

/** The seeds' health contract, per integration. Nothing here carries a credential. */
export type IntegrationHealthReport = {
  status: HealthStatus;
  service: string;
  reason: "ok" | "not_configured" | "inactive" | "failing" | "connection_failed";
  is_active: boolean;
  last_success_at: string | null;
  last_error: { at: string; message: string | null } | null;
  consecutive_failures: number;
  failing_since: string | null;
  open_issues: number;
  check?: { ok: boolean; latency_ms: number; message?: string } | { available: false };
};

/**
 * Pure status rule: off or unreachable is unhealthy; failing without a success for longer than `degradedAfterMinutes`
 * is degraded (a short blip that recovers stays healthy); anything else is healthy.
 */
export function healthStatus(options: {
  integration: Pick<Integration, "isActive"> | undefined;
  health: Pick<IntegrationHealth, "failingSince"> | undefined;
  degradedAfterMinutes: number;
  checkOk?: boolean;
  now?: Date;
}): Pick<IntegrationHealthReport, "status" | "reason"> {
  const now = options.now ?? new Date();
  if (!options.integration) return { status: "unhealthy", reason: "not_configured" };
  if (!options.integration.isActive) return { status: "unhealthy", reason: "inactive" };
  if (options.checkOk === false) return { status: "unhealthy", reason: "connection_failed" };
  const since = options.health?.failingSince;
  if (since && now.getTime() - since.getTime() >= options.degradedAfterMinutes * 60_000)
    return { status: "degraded", reason: "failing" };
  return { status: "healthy", reason: "ok" };
}

export async function loadHealthInputs(db: Db) {
  const [rows, healthRows, openIssues, settings] = await Promise.all([
    db.select().from(integrations),
    db.select().from(integrationHealth),
    countOpenIssues({ db }),
    loadAlertSettingsRow(db),
  ]);
  return {
    integrations: new Map(rows.map((row) => [row.id, row])),
    health: new Map(healthRows.map((row) => [row.integrationId, row])),
    openIssues,
    degradedAfterMinutes: settings.degradedAfterMinutes,
  };
}

function toReport(
  id: string,
  inputs: Awaited<ReturnType<typeof loadHealthInputs>>,
  check?: IntegrationHealthReport["check"],
): IntegrationHealthReport {
  const integration = inputs.integrations.get(id);
  const health = inputs.health.get(id);
  const checkOk = check && "ok" in check ? check.ok : undefined;
  return {
    ...healthStatus({ integration, health, degradedAfterMinutes: inputs.degradedAfterMinutes, checkOk }),
    service: id,
    is_active: integration?.isActive ?? false,
    last_success_at: health?.lastSuccessAt?.toISOString() ?? null,
    last_error: health?.lastFailureAt ? { at: health.lastFailureAt.toISOString(), message: health.lastError } : null,
    consecutive_failures: health?.consecutiveFailures ?? 0,
    failing_since: health?.failingSince?.toISOString() ?? null,
    open_issues: inputs.openIssues[id] ?? 0,
    ...(check ? { check } : {}),
  };
}

async function liveCheck(db: Db, actor: Actor, id: string): Promise<IntegrationHealthReport["check"]> {
  try {
    const result = await testConnection({ db, actor, id });
    return result.ok
      ? { ok: true, latency_ms: result.latencyMs }
      : { ok: false, latency_ms: result.latencyMs, message: result.message };
  } catch (error) {
    if (error instanceof AppError && error.code === "invalid_input") return { available: false };
    throw error;
  }
}

/** One integration's health; `check` runs a live connection test with the stored credentials. */
export async function getIntegrationHealth(options: { db: Db; actor: Actor; provider: string; check: boolean }) {
  const provider = requireProvider(options.provider);
  const inputs = await loadHealthInputs(options.db);
  const configured = inputs.integrations.get(provider.id);
  const check = options.check && configured ? await liveCheck(options.db, options.actor, provider.id) : undefined;
  return toReport(provider.id, inputs, check);
}

const RANK: Record<HealthStatus, number> = { healthy: 0, degraded: 1, unhealthy: 2 };

/** Every configured integration's health, and the worst of them as the overall status. */
export async function listIntegrationHealth(options: { db: Db; actor: Actor; check: boolean }) {
  const inputs = await loadHealthInputs(options.db);
  const reports: IntegrationHealthReport[] = [];
  for (const id of inputs.integrations.keys()) {
    const check = options.check ? await liveCheck(options.db, options.actor, id) : undefined;
    reports.push(toReport(id, inputs, check));
  }
  const active = reports.filter((report) => report.is_active);
  const status = active.reduce<HealthStatus>(
    (worst, report) => (RANK[report.status] > RANK[worst] ? report.status : worst),
    "healthy",
  );
  return { status, service: "kopru", integrations: reports };
}
