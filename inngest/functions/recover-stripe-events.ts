import { getDb } from "@/db/client";
import { recoverStripeEvents } from "@/lib/payments/recover-stripe-events";
import { inngest } from "../client";

/** Every 15 minutes: Stripe events a webhook never delivered are fetched and handled like a delivery. */
export const recoverStripeEventsFunction = inngest.createFunction(
  { id: "recover-stripe-events", retries: 2, triggers: [{ cron: "TZ=Europe/Istanbul */15 * * * *" }] },
  async ({ step }) => step.run("recover", async () => recoverStripeEvents({ db: await getDb() })),
);
