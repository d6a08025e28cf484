import { createHmac } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import { webhookEvents } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";
import { createTestActor } from "@/lib/testing/actors";
import { handOffWebhookEvent } from "@/lib/webhooks/hand-off-webhook";
import { ingestWebhook } from "@/lib/webhooks/ingest-webhook";
import { replayWebhookEvent } from "@/lib/webhooks/replay-webhooks";
import { PROVIDERS } from "@/lib/providers/registry";
import { inngest } from "../client";
import { processWebhook } from "./process-webhook";

vi.mock("@/lib/runner/mode", () => ({ getRunnerMode: () => "inngest" }));

const STRIPE = { secret_key: "sk_test_replay", publishable_key: "pk_test_replay", webhook_secret: "whsec_replay" };

type SentEvent = { id: string; name: string; data: { webhookEventId: number; provider: string; generation: number } };

describeWithDatabase("Inngest webhook replays", (database) => {
  const db = () => database().db;
  let actor: Actor;
  const sent: SentEvent[] = [];

  beforeAll(async () => {
    actor = (await createTestActor(db(), "admin")).actor;
    await saveIntegrationConfig({ db: db(), actor, type: "stripe", body: { is_active: true, ...STRIPE } });
    // No Inngest server here: keep what would have been sent.
    vi.spyOn(inngest, "send").mockImplementation(async (payload) => {
      sent.push(...((Array.isArray(payload) ? payload : [payload]) as SentEvent[]));
      return { ids: [] };
    });
  });

  it("sends a new event id per replay, and each replayed event is processed again", async () => {
    const sample = PROVIDERS.stripe.webhook!.buildSample("refund.created", STRIPE);
    const t = Math.floor(Date.now() / 1000);
    const v1 = createHmac("sha256", STRIPE.webhook_secret).update(`${t}.${sample.body}`).digest("hex");
    const outcome = await ingestWebhook({
      db: db(),
      provider: "stripe",
      rawBody: sample.body,
      headers: new Headers({ "stripe-signature": `t=${t},v1=${v1}` }),
      ip: "127.0.0.1",
    });
    const id = outcome.stored!.id;
    await handOffWebhookEvent({ db: db(), event: outcome.stored! });

    const engine = new InngestTestEngine({ function: processWebhook });
    const processLast = async () => (await engine.execute({ events: [sent.at(-1)!] })).result;
    expect(await processLast()).toEqual({ status: "ignored" });
    for (let replay = 1; replay <= 2; replay += 1) {
      await replayWebhookEvent({ db: db(), actor, id });
      expect(await processLast()).toEqual({ status: "ignored" });
    }

    expect(sent.map((event) => event.id)).toEqual([
      `webhook-event:${id}:0`,
      `webhook-event:${id}:1`,
      `webhook-event:${id}:2`,
    ]);
    const [row] = await db().select().from(webhookEvents).where(eq(webhookEvents.id, id));
    expect(row).toMatchObject({ generation: 2, attempts: 3, status: "ignored" });
  });
});
