import { getDb } from "@/db/client";
import { loadDashboard } from "./load-dashboard";

/** The home page's entry: it holds no database handle itself. */
export async function loadDashboardForPage() {
  return loadDashboard({ db: await getDb() });
}
