import { getDb } from "@/db/client";
import { sweepWebhooks } from "@/lib/webhooks/sweep-webhooks";
import { inngest } from "../client";

/** Every minute: re-dispatches webhook events whose hand-off to Inngest failed. */
export const sweepWebhooksFunction = inngest.createFunction(
  { id: "sweep-webhooks", triggers: [{ cron: "TZ=Europe/Istanbul * * * * *" }] },
  async ({ step }) => step.run("sweep", async () => ({ dispatched: await sweepWebhooks({ db: await getDb() }) })),
);
