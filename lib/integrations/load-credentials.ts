import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations, type Integration } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { requireProvider } from "./get-integration";
import { openSecrets } from "./integration-secrets";

/** Server-only: the integration row with its settings and decrypted secrets merged, validated by the provider schema. */
export async function loadIntegrationCredentials<T = Record<string, string>>(options: {
  db: Db;
  id: string;
}): Promise<{ row: Integration; credentials: T }> {
  const provider = requireProvider(options.id);
  const [row] = await options.db.select().from(integrations).where(eq(integrations.id, provider.id)).limit(1);
  if (!row) throw new AppError("not_found", `${provider.displayName} is not configured`);
  const merged = { ...row.settings, ...openSecrets(row.id, row.secretsCiphertext) };
  return { row, credentials: provider.credentialsSchema.parse(merged) as T };
}
