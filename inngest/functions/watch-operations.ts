import { getDb } from "@/db/client";
import { watchOperations } from "@/lib/operations/watch-operations";
import { inngest } from "../client";

/** Every minute: stuck work becomes issues, and new issues and failure streaks are sent to the alert channels. */
export const watchOperationsFunction = inngest.createFunction(
  { id: "watch-operations", triggers: [{ cron: "TZ=Europe/Istanbul * * * * *" }], retries: 1 },
  async ({ step }) => step.run("watch", async () => watchOperations({ db: await getDb() })),
);
