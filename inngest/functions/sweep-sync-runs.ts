import { getDb } from "@/db/client";
import { sweepSyncRuns } from "@/lib/sync/sweep-sync-runs";
import { inngest } from "../client";

/** Every 5 minutes: re-sends sync runs whose hand-off failed, and fails running ones whose heartbeat went stale. */
export const sweepSyncRunsFunction = inngest.createFunction(
  { id: "sweep-sync-runs", triggers: [{ cron: "TZ=Europe/Istanbul */5 * * * *" }] },
  async ({ step }) => step.run("sweep", async () => sweepSyncRuns({ db: await getDb() })),
);
