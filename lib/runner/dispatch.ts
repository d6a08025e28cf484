import { inngest } from "@/inngest/client";
import { syncRequested, webhookReceived } from "@/inngest/events";
import type { SyncTrigger } from "@/db/schema";
import { getRunnerMode } from "./mode";
import { wakeEmbeddedRunner } from "./wake";

/** Hands a queued sync run to whichever runner is active. Ids are stable, so a re-send is harmless. */
export async function dispatchSyncRun(run: {
  id: number;
  integrationId: string;
  kind: string;
  trigger: SyncTrigger;
}): Promise<void> {
  if (getRunnerMode() === "embedded") return wakeEmbeddedRunner("sync");
  await inngest.send(
    syncRequested.create(
      { integrationId: run.integrationId, kind: run.kind, trigger: run.trigger, runId: run.id },
      { id: `sync-run:${run.id}` },
    ),
  );
}

/**
 * Hands a stored webhook event to the active runner. The event id is the row id plus its replay generation: a re-send
 * of the same generation collapses (Inngest drops a repeated id for 24 hours), while each replay is a new event.
 */
export async function dispatchWebhookEvent(event: {
  id: number;
  provider: string;
  generation?: number;
}): Promise<void> {
  if (getRunnerMode() === "embedded") return wakeEmbeddedRunner("webhook");
  const generation = event.generation ?? 0;
  await inngest.send(
    webhookReceived.create(
      { webhookEventId: event.id, provider: event.provider, generation },
      { id: `webhook-event:${event.id}:${generation}` },
    ),
  );
}
