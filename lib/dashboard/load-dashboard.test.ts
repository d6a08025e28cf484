import { beforeAll, describe, expect, it } from "vitest";
import { integrations, orders, payments, syncItems, syncRuns, webhookEvents } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { healthStatus } from "@/lib/health/integration-health";
import { recordFailure } from "@/lib/issues/record-failure";
import { loadDashboard, startOfIstanbulDay } from "./load-dashboard";

const HOUR_MS = 3_600_000;

describe("dashboard arithmetic", () => {
  it("starts Istanbul's day at 21:00 UTC the evening before", () => {
    expect(startOfIstanbulDay(new Date("2026-11-29T20:59:00Z")).toISOString()).toBe("2026-11-28T21:00:00.000Z");
    expect(startOfIstanbulDay(new Date("2026-11-29T21:00:00Z")).toISOString()).toBe("2026-11-29T21:00:00.000Z");
  });

  it("calls an integration degraded only after it has failed for the configured time", () => {
    const now = new Date("2026-11-29T12:00:00Z");
    const active = { isActive: true };
    const failingFor = (minutes: number) => ({ failingSince: new Date(now.getTime() - minutes * 60_000) });
    expect(healthStatus({ integration: active, health: failingFor(10), degradedAfterMinutes: 30, now }).status).toBe(
      "healthy",
    );
    expect(healthStatus({ integration: active, health: failingFor(30), degradedAfterMinutes: 30, now }).status).toBe(
      "degraded",
    );
    expect(healthStatus({ integration: { isActive: false }, health: undefined, degradedAfterMinutes: 30 }).status).toBe(
      "unhealthy",
    );
  });
});

describeWithDatabase("dashboard", (database) => {
  const db = () => database().db;
  const now = new Date();

  it("says there is nothing yet before any integration is configured", async () => {
    expect(await loadDashboard({ db: db(), now })).toMatchObject({
      integrations: [],
      orders_today: [],
      money_in_today: { orders_kurus: 0, payments_kurus: 0 },
      open_issues: 0,
    });
  });

  describe("with Trendyol running", () => {
    beforeAll(async () => {
      await db().insert(integrations).values({ id: "trendyol", kind: "marketplace", isActive: true });
      const order = (packageId: string, orderedAt: Date, totalKurus: number) => ({
        integrationId: "trendyol",
        remoteOrderNumber: `N-${packageId}`,
        packageId,
        status: "Created",
        totalKurus,
        lines: [],
        orderedAt,
        remoteUpdatedAt: orderedAt,
        raw: {},
      });
      await db()
        .insert(orders)
        .values([
          order("1", now, 24_990),
          order("2", now, 10_000),
          order("3", new Date(now.getTime() - 48 * HOUR_MS), 99_999),
        ]);
      await db()
        .insert(payments)
        .values([
          {
            provider: "stripe",
            remoteId: "pi_1",
            status: "succeeded",
            amountKurus: 50_000,
            refundedKurus: 5_000,
            currency: "try",
            remoteUpdatedAt: now,
            raw: {},
          },
          {
            provider: "stripe",
            remoteId: "pi_2",
            status: "failed",
            amountKurus: 70_000,
            currency: "try",
            remoteUpdatedAt: now,
            raw: {},
          },
        ]);
      const [run] = await db()
        .insert(syncRuns)
        .values({ integrationId: "trendyol", kind: "products_out", trigger: "manual", status: "succeeded" })
        .returning();
      await db()
        .insert(syncItems)
        .values([
          { runId: run!.id, ref: "A", action: "create", result: "failed", message: "refused" },
          { runId: run!.id, ref: "B", action: "create", result: "succeeded" },
        ]);
      const event = {
        provider: "trendyol",
        integrationId: "trendyol",
        status: "processed" as const,
        headers: {},
        rawBody: "{}",
      };
      await db()
        .insert(webhookEvents)
        .values([
          { ...event, receivedAt: now },
          { ...event, receivedAt: now },
          { ...event, receivedAt: new Date(now.getTime() - 5 * HOUR_MS) },
          { ...event, receivedAt: new Date(now.getTime() - 30 * HOUR_MS) },
        ]);
      await recordFailure({
        db: db(),
        integrationId: "trendyol",
        kind: "sync_item",
        operation: "products_out",
        message: "refused",
      });
    });

    it("shows today's orders per channel, money in, failed items, the 24 h webhook volume and open issues", async () => {
      const dashboard = await loadDashboard({ db: db(), now });
      expect(dashboard.orders_today).toEqual([
        { integration: "trendyol", display_name: "Trendyol", count: 2, total_kurus: 34_990 },
      ]);
      expect(dashboard.money_in_today).toEqual({ orders_kurus: 34_990, payments_kurus: 45_000 });
      expect(dashboard.open_issues).toBe(1);
      const [trendyol] = dashboard.integrations;
      expect(trendyol).toMatchObject({ id: "trendyol", status: "healthy", items_failed_today: 1, open_issues: 1 });
      expect(trendyol!.webhooks_24h).toHaveLength(24);
      expect(trendyol!.webhooks_24h.at(-1)).toBe(2);
      expect(trendyol!.webhooks_24h.reduce((sum, n) => sum + n, 0)).toBe(3);
      expect(new Date(trendyol!.next_sync_at!).getTime()).toBeGreaterThan(now.getTime());
    });
  });
});
