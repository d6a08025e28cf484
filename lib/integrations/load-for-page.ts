import { getDb } from "@/db/client";
import { getProvider } from "@/lib/providers/registry";
import type { Actor } from "@/lib/auth/actor";
import { canAdminister } from "@/lib/auth/permissions";
import { getIntegration, listIntegrations } from "./get-integration";
import type { IntegrationView } from "./integration-view";

/** The console pages' entry to integrations: they hold no database handle themselves. */
export async function loadIntegrations(): Promise<IntegrationView[]> {
  return listIntegrations({ db: await getDb() });
}

/** One integration by provider id, or null for an unknown id (the page answers 404). */
export async function loadIntegration(id: string, actor: Actor): Promise<IntegrationView | null> {
  if (!getProvider(id)) return null;
  return getIntegration({ db: await getDb(), id, audience: { showSecretHints: canAdminister(actor) } });
}
