import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { integrations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import type { AnyProviderEntry } from "@/lib/providers/registry";
import { parseCidr } from "@/lib/webhooks/ip-allowlist";
import { forgetWebhookIntegration } from "@/lib/webhooks/webhook-integration-cache";
import { fillGeneratedCredentials } from "./generate-webhook-credentials";
import { requireProvider } from "./get-integration";
import { hintOf, openSecrets, sealSecrets } from "./integration-secrets";
import { guardSecretDestinations } from "./guard-secret-destinations";
import { defaultSyncMinutes, toIntegrationView, type IntegrationView } from "./integration-view";
import { MAX_SYNC_MINUTES } from "@/lib/providers/types";

/** The request body: activation, sync frequencies and the provider's own fields; `null` clears an optional field. */
function configBodySchema(provider: AnyProviderEntry) {
  const kinds = Object.keys(provider.syncs);
  const fieldShape = Object.fromEntries(
    provider.credentialFields.map((field) => [field.name, z.string().max(4096).nullable().optional()]),
  );
  return z
    .object({
      is_active: z.boolean().optional(),
      sync_minutes: z
        .record(z.string(), z.number().int().min(1).max(MAX_SYNC_MINUTES))
        .refine((value) => Object.keys(value).every((kind) => kinds.includes(kind as never)), {
          message: `Sync kinds for ${provider.displayName} are: ${kinds.join(", ") || "none"}`,
        })
        .optional(),
      webhook_ip_allowlist: z
        .array(
          z
            .string()
            .trim()
            .refine((value) => parseCidr(value) !== null, {
              message: "Must be an IP address or CIDR range, e.g. 203.0.113.0/24",
            }),
        )
        .max(100)
        .optional(),
      ...fieldShape,
    })
    .strict();
}

/**
 * Validates and stores an integration's settings. Secret fields left empty keep their stored value, so the form never
 * needs the secret back; the merged result must satisfy the provider's credentials schema.
 */
export async function saveIntegrationConfig(options: {
  db: Db;
  actor: Actor;
  type: string;
  body: unknown;
}): Promise<IntegrationView> {
  const { db, actor } = options;
  const provider = requireProvider(options.type);
  const body = configBodySchema(provider).parse(options.body);
  const [existing] = await db.select().from(integrations).where(eq(integrations.id, provider.id)).limit(1);

  const current: Record<string, string> = {
    ...existing?.settings,
    ...openSecrets(provider.id, existing?.secretsCiphertext ?? null),
  };
  const merged = { ...current };
  const changedFields: string[] = [];
  for (const field of provider.credentialFields) {
    const value = (body as Record<string, string | null | undefined>)[field.name];
    if (value === undefined || (field.isSecret && value === "")) continue;
    if (value === null || value === "") delete merged[field.name];
    else merged[field.name] = value.trim();
    if (merged[field.name] !== current[field.name]) changedFields.push(field.name);
  }

  if (body.is_active ?? existing?.isActive ?? false)
    changedFields.push(...fillGeneratedCredentials(provider.credentialFields, merged));
  const parsed = provider.credentialsSchema.parse(merged) as Record<string, unknown>;
  // Compared after parsing, so a field left empty reads as its default, as it will be stored.
  const urlChanges = guardSecretDestinations({
    provider,
    body: body as Record<string, unknown>,
    current,
    next: parsed as Record<string, string | undefined>,
    existing,
  });
  const settings: Record<string, string> = {};
  const secrets: Record<string, string> = {};
  for (const field of provider.credentialFields) {
    const value = parsed[field.name];
    if (typeof value !== "string" || value === "") continue;
    (field.isSecret ? secrets : settings)[field.name] = value;
  }
  const values = {
    kind: provider.kind,
    isActive: body.is_active ?? existing?.isActive ?? false,
    settings,
    secretsCiphertext: sealSecrets(provider.id, secrets),
    secretHints: Object.fromEntries(Object.entries(secrets).map(([name, value]) => [name, hintOf(value)])),
    syncMinutes: { ...defaultSyncMinutes(provider), ...existing?.syncMinutes, ...body.sync_minutes },
    webhookAllowlist: body.webhook_ip_allowlist ?? existing?.webhookAllowlist ?? [],
    updatedAt: new Date(),
  };
  const [row] = await db
    .insert(integrations)
    .values({ id: provider.id, ...values })
    .onConflictDoUpdate({ target: integrations.id, set: values })
    .returning();

  forgetWebhookIntegration(provider.id);
  await recordAudit({
    db,
    actor,
    action: existing ? "integration.updated" : "integration.created",
    targetType: "integration",
    targetId: provider.id,
    details: {
      changed_fields: changedFields,
      is_active: values.isActive,
      sync_minutes: values.syncMinutes,
      webhook_ip_allowlist: values.webhookAllowlist,
      ...(urlChanges.length ? { url_changes: urlChanges } : {}),
    },
  });
  return toIntegrationView(provider, row, undefined, { showSecretHints: true });
}
