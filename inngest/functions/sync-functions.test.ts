import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { integrations, issues, syncRuns } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { slotKey } from "@/lib/sync/schedule-syncs";
import { recordSyncFailure, runSync } from "./run-sync";
import { scheduleSyncs } from "./schedule-syncs";

describeWithDatabase("Inngest sync functions", (database) => {
  const db = () => database().db;

  beforeAll(async () => {
    await db()
      .insert(integrations)
      .values([
        { id: "trendyol", kind: "marketplace", isActive: true, syncMinutes: { orders_in: 10 } },
        { id: "hepsiburada", kind: "marketplace", isActive: false },
      ]);
  });

  it("schedule-syncs fans out only the active integration's due kinds, with slot keys as event ids", async () => {
    const { result, ctx } = await new InngestTestEngine({ function: scheduleSyncs }).execute({
      events: [{ name: "inngest/scheduled.timer", data: { cron: "TZ=Europe/Istanbul * * * * *" } }],
      steps: [{ id: "fan-out-syncs", handler: () => ({ ids: [] }) }], // no Inngest server to receive them here
    });
    expect(result).toEqual({ sent: 4 });
    const sent = (
      ctx.step.sendEvent as unknown as {
        mock: { calls: [string, { id: string; data: { integrationId: string; kind: string } }[]][] };
      }
    ).mock.calls[0]![1];
    expect(sent.map((event) => event.data.integrationId)).toEqual(["trendyol", "trendyol", "trendyol", "trendyol"]);
    const now = new Date();
    expect(sent.map((event) => event.id).sort()).toEqual(
      [
        slotKey("trendyol", "products_out", 30, now),
        slotKey("trendyol", "stock_price_out", 30, now),
        slotKey("trendyol", "orders_in", 10, now),
        slotKey("trendyol", "catalog_in", 7 * 24 * 60, now),
      ].sort(),
    );
  });

  it("a slot that already has a run is not sent again", async () => {
    const key = slotKey("trendyol", "orders_in", 10, new Date());
    await db()
      .insert(syncRuns)
      .values({ integrationId: "trendyol", kind: "orders_in", trigger: "schedule", slotKey: key, status: "succeeded" });
    const { result } = await new InngestTestEngine({ function: scheduleSyncs }).execute({
      events: [{ name: "inngest/scheduled.timer", data: { cron: "TZ=Europe/Istanbul * * * * *" } }],
      steps: [{ id: "fan-out-syncs", handler: () => ({ ids: [] }) }], // no Inngest server to receive them here
    });
    expect(result).toEqual({ sent: 3 });
  });

  it("run-sync fails when the sync cannot run, and the failure handler marks the run failed with an alert", async () => {
    const [run] = await db()
      .insert(syncRuns)
      .values({ integrationId: "trendyol", kind: "products_out", trigger: "manual" })
      .returning();
    const event = {
      name: "integration/sync.requested",
      data: { integrationId: "trendyol", kind: "products_out", trigger: "manual", runId: run!.id },
    };
    const { error } = await new InngestTestEngine({ function: runSync }).execute({ events: [event] });
    expect(String((error as Error | undefined)?.message ?? error)).toMatch(
      /not configured|Invalid|credentials|Required/i,
    );

    await recordSyncFailure({
      event: { data: { event } },
      error: new Error("Trendyol rejected the API key/secret (401)"),
      step: { run: (_id, fn) => fn() },
    });
    const [failed] = await db().select().from(syncRuns).where(eq(syncRuns.id, run!.id));
    expect(failed).toMatchObject({ status: "failed", error: "Trendyol rejected the API key/secret (401)" });
    const [issue] = await db().select().from(issues).where(eq(issues.integrationId, "trendyol"));
    expect(issue).toMatchObject({ kind: "sync_run", operation: "products_out", status: "open" });
  });
});
