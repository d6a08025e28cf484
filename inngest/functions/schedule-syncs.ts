import { getDb } from "@/db/client";
import { listDueSyncs } from "@/lib/sync/schedule-syncs";
import { inngest } from "../client";
import { syncRequested } from "../events";

/** Every minute (Istanbul time): fans out one `integration/sync.requested` per due slot; the slot key is the event id. */
export const scheduleSyncs = inngest.createFunction(
  { id: "schedule-syncs", triggers: [{ cron: "TZ=Europe/Istanbul * * * * *" }] },
  async ({ step }) => {
    const due = await step.run("list-due-syncs", async () => listDueSyncs({ db: await getDb() }));
    if (due.length === 0) return { sent: 0 };
    await step.sendEvent(
      "fan-out-syncs",
      due.map((sync) =>
        syncRequested.create(
          { integrationId: sync.integrationId, kind: sync.kind, trigger: "schedule", slotKey: sync.slotKey },
          { id: sync.slotKey },
        ),
      ),
    );
    return { sent: due.length };
  },
);
