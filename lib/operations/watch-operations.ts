import type { Db } from "@/db/client";
import { loadAlertSettingsRow } from "@/lib/alerts/alert-settings";
import { dispatchAlerts } from "@/lib/alerts/dispatch-alerts";
import { detectStuckWork } from "./detect-stuck-work";

/** One pass of the operations watch: stuck work becomes issues, then whatever is new is told to the merchant. */
export async function watchOperations(options: { db: Db; now?: Date }) {
  const { db, now } = options;
  const settings = await loadAlertSettingsRow(db);
  const stuck = await detectStuckWork({ db, stuckAfterMinutes: settings.stuckAfterMinutes, now });
  const alerts = await dispatchAlerts({ db, now });
  return { stuck, alerts };
}

/** For the embedded runner: a task that runs the watch at most every `everyMs`. */
export function periodicWatch(everyMs: number): (db: Db) => Promise<unknown> {
  let lastRun = 0;
  return async (db) => {
    if (Date.now() - lastRun < everyMs) return;
    lastRun = Date.now();
    await watchOperations({ db });
  };
}
