import { getDb } from "@/db/client";
import { asJson } from "@/lib/http/as-json";
import { parseRouteId } from "@/lib/http/route-id";
import { getSyncRunDetail, listSyncRuns } from "./list-sync-runs";

/** The console pages' entry to sync runs, shaped as the API answers: they hold no database handle themselves. */
export async function loadFirstSyncRunPage() {
  return asJson(await listSyncRuns({ db: await getDb(), filter: {} }));
}

/** One run with the first page of all its items, or null for an unknown id (the page answers 404). */
export async function loadSyncRunDetail(runId: string) {
  const id = parseRouteId(runId);
  const detail = id === null ? null : await getSyncRunDetail({ db: await getDb(), runId: id });
  return detail && asJson(detail);
}
