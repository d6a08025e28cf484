import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { PROVIDERS, getProvider, type AnyProviderEntry } from "@/lib/providers/registry";
import { toIntegrationView, type IntegrationView, type ViewAudience } from "./integration-view";

export function requireProvider(id: string): AnyProviderEntry {
  const provider = getProvider(id);
  if (!provider) throw new AppError("not_found", `Unknown integration type "${id}"`);
  return provider;
}

export async function getIntegration(options: {
  db: Db;
  id: string;
  audience?: ViewAudience;
}): Promise<IntegrationView> {
  const provider = requireProvider(options.id);
  const [row] = await options.db.select().from(integrations).where(eq(integrations.id, provider.id)).limit(1);
  return toIntegrationView(provider, row, options.audience);
}

/** All seven providers, configured or not, in catalogue order. */
export async function listIntegrations(options: { db: Db; audience?: ViewAudience }): Promise<IntegrationView[]> {
  const rows = await options.db.select().from(integrations);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return Object.values(PROVIDERS).map((provider) =>
    toIntegrationView(provider, byId.get(provider.id), options.audience),
  );
}
