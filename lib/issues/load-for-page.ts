import { getDb } from "@/db/client";
import { asJson } from "@/lib/http/as-json";
import { parseRouteId } from "@/lib/http/route-id";
import { AppError } from "@/lib/errors";
import { getIssue } from "./get-issue";
import { listIssues, type IssueFilter } from "./list-issues";
import { healthStatus, loadHealthInputs, type HealthStatus } from "@/lib/health/integration-health";

/** The console pages' entry to issues: they hold no database handle themselves. */
export async function loadIssues(filter: IssueFilter) {
  return listIssues({ db: await getDb(), filter });
}

/** One issue, or null for an unknown id (the page answers 404). */
export async function loadIssue(issueId: string) {
  const id = parseRouteId(issueId);
  if (id === null) return null;
  try {
    return asJson(await getIssue({ db: await getDb(), id }));
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}

/** Per integration: its health status light and open issue count, for the integration cards. */
export async function loadIntegrationHealthSummary(): Promise<
  Record<string, { status: HealthStatus; openIssues: number }>
> {
  const inputs = await loadHealthInputs(await getDb());
  return Object.fromEntries(
    [...inputs.integrations.values()].map((integration) => [
      integration.id,
      {
        status: healthStatus({
          integration,
          health: inputs.health.get(integration.id),
          degradedAfterMinutes: inputs.degradedAfterMinutes,
        }).status,
        openIssues: inputs.openIssues[integration.id] ?? 0,
      },
    ]),
  );
}
