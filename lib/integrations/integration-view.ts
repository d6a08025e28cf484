import type { Integration } from "@/db/schema";
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
  last_sync_at: string | null;
  last_sync_status: string | null;
  last_sync_error: string | null;
  updated_at: string | null;
};

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
  audience: ViewAudience = { showSecretHints: false },
): IntegrationView {
  const secretFields = provider.credentialFields.filter((field) => field.isSecret);
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
    sync_minutes: { ...defaultSyncMinutes(provider), ...row?.syncMinutes },
    receives_webhooks: provider.webhook !== undefined,
    webhook_event_types: [...(provider.webhook?.eventTypes ?? [])],
    webhook_ip_allowlist: row?.webhookAllowlist ?? [],
    available_sync_kinds: runnableSyncKinds(provider),
    last_sync_at: row?.lastSyncAt?.toISOString() ?? null,
    last_sync_status: row?.lastSyncStatus ?? null,
    last_sync_error: row?.lastSyncError ?? null,
    updated_at: row?.updatedAt.toISOString() ?? null,
  };
}
