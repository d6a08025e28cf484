import { getDb } from "@/db/client";
import { getAlertSettings } from "./alert-settings";

/** The alert settings page's entry: it holds no database handle itself. */
export async function loadAlertSettings() {
  return getAlertSettings({ db: await getDb() });
}
