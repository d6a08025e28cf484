import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError, ProviderError } from "@/lib/errors";
import { keyedMessageOf, providerMessageOf } from "@/lib/i18n/keyed-message";
import { requireProvider } from "./get-integration";
import { loadAdapter } from "./load-adapter";

/** A failure carries the English sentence and, where the provider client gives one, a message key to translate. */
export type ConnectionResult =
  | { ok: true; latencyMs: number }
  | {
      ok: false;
      latencyMs: number;
      message: string;
      messageKey?: string;
      params?: Record<string, string | number>;
      providerMessage?: string;
    };

function codedDetails(
  error: unknown,
  providerName: string,
): {
  messageKey?: string;
  params?: Record<string, string | number>;
  providerMessage?: string;
} {
  const details = (error as { details?: Record<string, unknown> } | null)?.details;
  if (typeof details?.messageKey === "string")
    return {
      messageKey: details.messageKey,
      params: details.params as Record<string, string | number> | undefined,
      providerMessage: typeof details.providerMessage === "string" ? details.providerMessage : undefined,
    };
  // A provider failure: its key (or one for its kind), and the provider's own words kept apart.
  const keyed =
    keyedMessageOf(error) ??
    (error instanceof ProviderError
      ? { key: `errors.provider_kind.${error.kind}`, params: { provider: providerName } }
      : { key: "errors.provider_kind.network", params: { provider: providerName } });
  return { messageKey: keyed.key, params: keyed.params, providerMessage: providerMessageOf(error) ?? undefined };
}

/**
 * One cheap authenticated call with the stored credentials (every adapter's `testConnection`); the provider's own
 * complaint comes back in plain words. A provider without an adapter in the registry has no test yet.
 */
export async function testConnection(options: { db: Db; actor: Actor; id: string }): Promise<ConnectionResult> {
  const provider = requireProvider(options.id);
  if (!provider.adapter) {
    throw new AppError("invalid_input", `Connection tests for ${provider.displayName} are not available yet`, {
      messageKey: "errors.provider_adapter_missing",
      params: { provider: provider.displayName },
    });
  }
  const started = performance.now();
  let result: ConnectionResult;
  try {
    const adapter = await loadAdapter({ db: options.db, integrationId: provider.id, kind: provider.kind });
    await adapter.testConnection();
    result = { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message =
      error instanceof ProviderError
        ? error.message
        : `Could not reach ${provider.displayName}: ${error instanceof Error ? error.message : String(error)}`;
    result = {
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      message,
      ...codedDetails(error, provider.displayName),
    };
  }
  await recordAudit({
    db: options.db,
    actor: options.actor,
    action: "integration.connection_tested",
    targetType: "integration",
    targetId: provider.id,
    details: { ok: result.ok },
  });
  return result;
}
