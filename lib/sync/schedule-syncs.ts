import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations, syncRuns } from "@/db/schema";
import { getProvider, runnableSyncKinds } from "@/lib/providers/registry";

export type DueSync = { integrationId: string; kind: string; slotKey: string };

/**
 * Time is cut into slots of each sync's frequency; a sync is due when its current slot has no run yet. The slot key
 * doubles as the Inngest event id and a unique column, so however often the scheduler ticks, a slot runs once.
 */
export function slotKey(integrationId: string, kind: string, minutes: number, now: Date): string {
  const slot = Math.floor(now.getTime() / (minutes * 60_000));
  return `sync:${integrationId}:${kind}:${slot}`;
}

export async function listDueSyncs(options: { db: Db; now?: Date }): Promise<DueSync[]> {
  const now = options.now ?? new Date();
  const active = await options.db.select().from(integrations).where(eq(integrations.isActive, true));
  const candidates: DueSync[] = [];
  for (const integration of active) {
    const provider = getProvider(integration.id);
    if (!provider) continue;
    for (const kind of runnableSyncKinds(provider)) {
      const minutes = integration.syncMinutes[kind] ?? provider.syncs[kind]?.defaultMinutes;
      if (minutes === undefined) continue;
      candidates.push({ integrationId: integration.id, kind, slotKey: slotKey(integration.id, kind, minutes, now) });
    }
  }
  if (candidates.length === 0) return [];
  const taken = await options.db
    .select({ slotKey: syncRuns.slotKey })
    .from(syncRuns)
    .where(
      inArray(
        syncRuns.slotKey,
        candidates.map((due) => due.slotKey),
      ),
    );
  const takenKeys = new Set(taken.map((row) => row.slotKey));
  return candidates.filter((due) => !takenKeys.has(due.slotKey));
}

/** Creates the queued run of a due slot; a slot already taken, or a run of that kind still active, is left alone. */
export async function enqueueScheduledRun(options: { db: Db; due: DueSync }): Promise<number | null> {
  const { due } = options;
  const [run] = await options.db
    .insert(syncRuns)
    .values({ integrationId: due.integrationId, kind: due.kind, trigger: "schedule", slotKey: due.slotKey })
    .onConflictDoNothing()
    .returning({ id: syncRuns.id });
  return run?.id ?? null;
}
