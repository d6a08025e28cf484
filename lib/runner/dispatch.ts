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

/** Hands a stored webhook event to the active runner; the row id is the event id, so duplicates collapse. */
export async function dispatchWebhookEvent(event: { id: number; provider: string }): Promise<void> {
  if (getRunnerMode() === "embedded") return wakeEmbeddedRunner("webhook");
  await inngest.send(
    webhookReceived.create({ webhookEventId: event.id, provider: event.provider }, { id: `webhook-event:${event.id}` }),
  );
}
