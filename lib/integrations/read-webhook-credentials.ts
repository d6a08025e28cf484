import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { canAdminister } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { requireProvider } from "./get-integration";
import { openSecrets } from "./integration-secrets";

/**
 * The webhook credentials Köprü generated for a provider that authenticates deliveries with Basic or an API key, in
 * full, for an admin to copy into the provider's panel or support ticket. Admins only; every read is audited.
 */
export async function readWebhookCredentials(options: { db: Db; actor: Actor; id: string }) {
  const { db, actor } = options;
  if (!canAdminister(actor))
    throw new AppError("forbidden", "Only admins can read webhook credentials", { messageKey: "errors.admin_only" });
  const provider = requireProvider(options.id);
  const fields = provider.credentialFields.filter((field) => field.generated);
  if (fields.length === 0)
    throw new AppError("not_found", `${provider.displayName} has no generated webhook credentials`);
  const [row] = await db.select().from(integrations).where(eq(integrations.id, provider.id)).limit(1);
  const values: Record<string, string> = {
    ...row?.settings,
    ...openSecrets(provider.id, row?.secretsCiphertext ?? null),
  };
  await recordAudit({
    db,
    actor,
    action: "integration.webhook_credentials_viewed",
    targetType: "integration",
    targetId: provider.id,
  });
  return { fields: fields.map((field) => ({ name: field.name, value: values[field.name] ?? null })) };
}
