import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations, syncRuns } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { PROVIDERS, getProvider, type AnyProviderEntry } from "@/lib/providers/registry";
import { toIntegrationView, type IntegrationView, type LatestRun, type ViewAudience } from "./integration-view";

const FINISHED = ["succeeded", "failed", "cancelled"] as const;

/** Each integration's latest finished run (one small indexed read per integration). */
async function latestRuns(db: Db, ids: string[]): Promise<Map<string, LatestRun>> {
  const runs = await Promise.all(
    ids.map(async (id) => {
      const [run] = await db
        .select({
          id: syncRuns.id,
          kind: syncRuns.kind,
          status: syncRuns.status,
          seen: syncRuns.seen,
          failed: syncRuns.failed,
          finishedAt: syncRuns.finishedAt,
          error: syncRuns.error,
          errorKey: syncRuns.errorKey,
          errorParams: syncRuns.errorParams,
        })
        .from(syncRuns)
        .where(and(eq(syncRuns.integrationId, id), inArray(syncRuns.status, [...FINISHED])))
        .orderBy(desc(syncRuns.id))
        .limit(1);
      return [id, run] as const;
    }),
  );
  return new Map(runs.filter((entry): entry is readonly [string, LatestRun] => entry[1] !== undefined));
}

export function requireProvider(id: string): AnyProviderEntry {
  const provider = getProvider(id);
  if (!provider)
    throw new AppError("not_found", `Unknown integration type "${id}"`, {
      messageKey: "errors.unknown_integration",
      params: { id },
    });
  return provider;
}

export async function getIntegration(options: {
  db: Db;
  id: string;
  audience?: ViewAudience;
}): Promise<IntegrationView> {
  const provider = requireProvider(options.id);
  const [row] = await options.db.select().from(integrations).where(eq(integrations.id, provider.id)).limit(1);
  const runs = row ? await latestRuns(options.db, [provider.id]) : new Map<string, LatestRun>();
  return toIntegrationView(provider, row, runs.get(provider.id), options.audience);
}

/** All seven providers, configured or not, in catalogue order. */
export async function listIntegrations(options: { db: Db; audience?: ViewAudience }): Promise<IntegrationView[]> {
  const rows = await options.db.select().from(integrations);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const runs = await latestRuns(
    options.db,
    rows.map((row) => row.id),
  );
  return Object.values(PROVIDERS).map((provider) =>
    toIntegrationView(provider, byId.get(provider.id), runs.get(provider.id), options.audience),
  );
}
