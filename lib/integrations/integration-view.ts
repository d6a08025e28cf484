import type { Integration, SyncRun } from "@/db/schema";
import { runnableSyncKinds, type AnyProviderEntry } from "@/lib/providers/registry";
import type { ProviderKind } from "@/lib/providers/types";

export type IntegrationStatus = "not_configured" | "active" | "inactive";

/** What the API and the console may see of an integration: non-secret settings in clear, secrets only masked. */
export type IntegrationView = {
  id: string;
  provider: string;
  kind: ProviderKind;
  display_name: string;
  status: IntegrationStatus;
  is_active: boolean;
  is_configured: boolean;
  settings: Record<string, string>;
  secrets: Record<string, string | null>;
  sync_minutes: Record<string, number>;
  receives_webhooks: boolean;
  /** Event types the test-webhook button can send. */
  webhook_event_types: string[];
  webhook_ip_allowlist: string[];
  /** Sync kinds Köprü can run for this provider today ("Sync now" offers these). */
  available_sync_kinds: string[];
  /** The provider has an adapter, so "Test connection" can work. */
  can_test_connection: boolean;
  last_sync_at: string | null;
  last_sync_status: string | null;
  last_sync_error: string | null;
  /** The latest finished run of any kind: what the card reports ("last sync successful" only if it succeeded). */
  latest_run: LatestRunView | null;
  /** When the next scheduled run of an implemented sync kind is due (active integrations only). */
  next_sync_at: string | null;
  updated_at: string | null;
};

export type LatestRunView = {
  id: number;
  kind: string;
  status: "succeeded" | "failed" | "cancelled";
  seen: number;
  failed: number;
  finished_at: string | null;
  error: string | null;
  error_key: string | null;
  error_params: Record<string, string | number> | null;
};

export type LatestRun = Pick<
  SyncRun,
  "id" | "kind" | "status" | "seen" | "failed" | "finishedAt" | "error" | "errorKey" | "errorParams"
>;

/** The next slot of any implemented sync kind (slots are multiples of each kind's frequency). */
export function nextSyncSlot(kinds: readonly string[], minutes: Record<string, number>, now: Date): Date | null {
  const next = kinds
    .map((kind) => minutes[kind])
    .filter((value): value is number => typeof value === "number" && value > 0)
    .map((value) => (Math.floor(now.getTime() / (value * 60_000)) + 1) * value * 60_000);
  return next.length ? new Date(Math.min(...next)) : null;
}

function toLatestRunView(run: LatestRun | undefined): LatestRunView | null {
  if (!run || (run.status !== "succeeded" && run.status !== "failed" && run.status !== "cancelled")) return null;
  return {
    id: run.id,
    kind: run.kind,
    status: run.status,
    seen: run.seen,
    failed: run.failed,
    finished_at: run.finishedAt?.toISOString() ?? null,
    error: run.error,
    error_key: run.errorKey,
    error_params: run.errorParams,
  };
}

export const maskSecret = (hint: string | undefined) => (hint === undefined ? null : `••••${hint}`);

/** Who reads the view: only admins see a secret's last characters; everyone else only whether it is set. */
export type ViewAudience = { showSecretHints: boolean };
const HIDDEN_SECRET = "••••";

/** Every sync kind the provider declares, with its default frequency (runnable or not yet). */
export function defaultSyncMinutes(provider: AnyProviderEntry): Record<string, number> {
  return Object.fromEntries(Object.entries(provider.syncs).map(([kind, sync]) => [kind, sync.defaultMinutes]));
}

export function toIntegrationView(
  provider: AnyProviderEntry,
  row: Integration | undefined,
  latestRun?: LatestRun,
  audience: ViewAudience = { showSecretHints: false },
  now = new Date(),
): IntegrationView {
  const secretFields = provider.credentialFields.filter((field) => field.isSecret);
  const syncMinutes = { ...defaultSyncMinutes(provider), ...row?.syncMinutes };
  const runnable = runnableSyncKinds(provider);
  const next = row?.isActive ? nextSyncSlot(runnable, syncMinutes, now) : null;
  return {
    id: provider.id,
    provider: provider.id,
    kind: provider.kind,
    display_name: provider.displayName,
    status: !row ? "not_configured" : row.isActive ? "active" : "inactive",
    is_active: row?.isActive ?? false,
    is_configured: Boolean(row),
    // A template default (Shopify's `https://{shop}.myshopify.com`) is a hint, not a value to pre-fill.
    settings: {
      ...(provider.defaultBaseUrl.includes("{") ? {} : { base_url: provider.defaultBaseUrl }),
      ...row?.settings,
    },
    secrets: Object.fromEntries(
      secretFields.map((field) => {
        const hint = row?.secretHints[field.name];
        return [field.name, audience.showSecretHints || hint === undefined ? maskSecret(hint) : HIDDEN_SECRET];
      }),
    ),
    sync_minutes: syncMinutes,
    receives_webhooks: provider.webhook !== undefined,
    webhook_event_types: [...(provider.webhook?.eventTypes ?? [])],
    webhook_ip_allowlist: row?.webhookAllowlist ?? [],
    available_sync_kinds: runnable,
    can_test_connection: provider.adapter !== undefined,
    last_sync_at: row?.lastSyncAt?.toISOString() ?? null,
    last_sync_status: row?.lastSyncStatus ?? null,
    last_sync_error: row?.lastSyncError ?? null,
    latest_run: toLatestRunView(latestRun),
    next_sync_at: next?.toISOString() ?? null,
    updated_at: row?.updatedAt.toISOString() ?? null,
  };
}
