import { getDb } from "@/db/client";
import { purgeOldLogs } from "@/lib/maintenance/purge-old-logs";
import { inngest } from "../client";

/** Daily at 03:30 Istanbul time: deletes webhook and sync logs older than KOPRU_LOG_RETENTION_DAYS. */
export const purgeLogs = inngest.createFunction(
  { id: "purge-logs", triggers: [{ cron: "TZ=Europe/Istanbul 30 3 * * *" }] },
  async ({ step }) => step.run("purge", async () => purgeOldLogs({ db: await getDb() })),
);
