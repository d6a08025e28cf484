import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { orderClaims, orders, syncRuns, webhookEvents } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { startHepsiburadaFake, type HepsiburadaFake } from "@/lib/providers/hepsiburada/fake-server";
import { claimCall } from "@/lib/providers/hepsiburada/webhook-calls";
import {
  createHepsiburadaWebhookSender,
  walkOrderLifecycle,
  type HepsiburadaWebhookSender,
} from "@/lib/providers/hepsiburada/fake-webhook-sender";
import { executeSyncRun } from "@/lib/sync/execute-sync-run";
import { inlineStep } from "@/lib/sync/step";
import { createTestActor } from "@/lib/testing/actors";
import { configureHepsiburada, FAKE_HEPSIBURADA, HEPSIBURADA_WEBHOOK_AUTH } from "@/lib/testing/hepsiburada-fixture";
import { ingestWebhook } from "../../ingest-webhook";
import { processPendingWebhooks } from "../../process-webhook-event";

const BASE_URL = "http://kopru.test/api/integrations/webhook/hepsiburada";

let fake: HepsiburadaFake;
beforeAll(async () => {
  fake = await startHepsiburadaFake(FAKE_HEPSIBURADA);
});
afterAll(() => fake.close());

describeWithDatabase("Hepsiburada webhooks walk an order to delivered", (database) => {
  const db = () => database().db;
  let failNext = 0;

  /** Hepsiburada's calls land on the intake as the catch-all route hands them over: method and sub-path. */
  const intake: typeof fetch = async (input, init) => {
    if (failNext > 0) {
      failNext--;
      return new Response("down for maintenance", { status: 503 });
    }
    const url = new URL(String(input));
    const outcome = await ingestWebhook({
      db: db(),
      provider: "hepsiburada",
      rawBody: String(init?.body ?? ""),
      headers: new Headers(init?.headers),
      ip: "203.0.113.7",
      call: { method: init?.method ?? "GET", path: url.pathname.slice(new URL(BASE_URL).pathname.length) },
    });
    return Response.json(outcome.body, { status: outcome.status });
  };
  const sender = (overrides: { password?: string; duplicates?: boolean } = {}): HepsiburadaWebhookSender =>
    createHepsiburadaWebhookSender({ baseUrl: BASE_URL, ...HEPSIBURADA_WEBHOOK_AUTH, ...overrides, fetch: intake });

  /** The receiving side catching up: stored calls processed, syncs they queued run. */
  async function settle() {
    await processPendingWebhooks({ db: db(), owner: "test" });
    const queued = await db().select().from(syncRuns).where(eq(syncRuns.status, "queued"));
    for (const run of queued)
      await executeSyncRun({
        db: db(),
        runId: run.id,
        step: inlineStep(async () => {}),
        deps: { sleep: async () => {} },
      });
  }
  const rowsOf = (orderNumber: string) =>
    db()
      .select({ packageId: orders.packageId, status: orders.status })
      .from(orders)
      .where(and(eq(orders.integrationId, "hepsiburada"), eq(orders.remoteOrderNumber, orderNumber)));

  beforeAll(async () => {
    const { actor } = await createTestActor(db(), "admin");
    await configureHepsiburada(db(), actor, fake.baseUrl);
  });

  it("imports the order, its package, then follows it in transit and delivered", async () => {
    const line = fake.oms.addLine({ orderNumber: "4200000001", merchantSku: "KOPRU-TSHIRT-M", quantity: 2 });
    const hb = sender({ duplicates: true });
    const seen: { stage: string; rows: { packageId: string; status: string }[] }[] = [];
    for await (const { stage } of walkOrderLifecycle({
      fake,
      sender: hb,
      merchantId: FAKE_HEPSIBURADA.merchantId,
      orderNumber: line.orderNumber,
    })) {
      await settle();
      seen.push({ stage, rows: await rowsOf(line.orderNumber) });
    }
    const packageNumber = fake.oms.lines.get(line.id)!.packageNumber!;
    expect(seen).toEqual([
      { stage: "ordered", rows: [{ packageId: "open-4200000001", status: "created" }] },
      { stage: "packed", rows: [{ packageId: packageNumber, status: "picking" }] },
      { stage: "in_transit", rows: [{ packageId: packageNumber, status: "shipped" }] },
      { stage: "delivered", rows: [{ packageId: packageNumber, status: "delivered" }] },
    ]);
    // Every call answered 200 (duplicates too) and was stored once, with its method and sub-path.
    expect(hb.log.map((entry) => entry.status)).toEqual(Array(8).fill(200));
    const stored = await db().select().from(webhookEvents).where(eq(webhookEvents.provider, "hepsiburada"));
    expect(
      stored.map((row) => [
        row.eventType,
        row.status,
        row.headers["x-kopru-call-method"],
        row.headers["x-kopru-call-path"],
      ]),
    ).toEqual([
      ["order.created", "processed", "POST", "/orders"],
      ["package.created", "processed", "POST", "/packages"],
      ["package.in_transit", "processed", "PUT", `/packages/${packageNumber}/intransit`],
      ["package.delivered", "processed", "PUT", `/packages/${packageNumber}/deliver`],
    ]);
  });

  it("a claim call re-reads the claim and stores it on its order; the outcome call updates it", async () => {
    const line = fake.oms.addLine({ orderNumber: "4200000004", merchantSku: "KOPRU-TSHIRT-XL" });
    const claimDate = Date.now() - 60_000;
    fake.oms.claims.set("C-40", {
      claimNumber: "C-40",
      orderNumber: line.orderNumber,
      lineItemId: line.id,
      merchantSku: line.merchantSku,
      status: "AwaitingAction",
      type: "Return",
      quantity: 1,
      claimDate,
      explanation: "Beden uymadı",
    });
    const webhookLine = {
      ...line,
      merchantId: FAKE_HEPSIBURADA.merchantId,
      orderDate: new Date(line.orderDate).toISOString(),
    };
    const hb = sender();
    hb.enqueue(claimCall(webhookLine, "C-40", "awaitingaction", new Date(claimDate).toISOString()));
    await hb.flush();
    await settle();
    const stored = () =>
      db()
        .select({ status: orderClaims.status, order: orderClaims.remoteOrderNumber, lines: orderClaims.lines })
        .from(orderClaims)
        .where(and(eq(orderClaims.integrationId, "hepsiburada"), eq(orderClaims.claimId, "C-40")));
    expect(await stored()).toEqual([
      {
        status: "waiting",
        order: "4200000004",
        lines: [expect.objectContaining({ lineId: line.id, remoteStatus: "AwaitingAction", isActionable: true })],
      },
    ]);
    fake.oms.claims.get("C-40")!.status = "Accepted";
    hb.enqueue(claimCall(webhookLine, "C-40", "accept", new Date().toISOString()));
    await hb.flush();
    await settle();
    expect(await stored()).toEqual([
      expect.objectContaining({ status: "accepted", lines: [expect.objectContaining({ isActionable: false })] }),
    ]);
  });

  it("a call that failed is re-sent and then lands", async () => {
    const line = fake.oms.addLine({ orderNumber: "4200000002", merchantSku: "KOPRU-TSHIRT-L" });
    const hb = sender();
    failNext = 1;
    const walk = walkOrderLifecycle({
      fake,
      sender: hb,
      merchantId: FAKE_HEPSIBURADA.merchantId,
      orderNumber: line.orderNumber,
    });
    await walk.next();
    expect(hb.pending).toBe(1);
    expect(await hb.flush()).toEqual({ delivered: 1, failed: 0 });
    await settle();
    expect(await rowsOf(line.orderNumber)).toEqual([{ packageId: "open-4200000002", status: "created" }]);
    expect(hb.log.map((entry) => entry.status)).toEqual([503, 200]);
  });

  it("refuses calls without the ticket's credentials, and stores them as rejected", async () => {
    const line = fake.oms.addLine({ orderNumber: "4200000003", merchantSku: "KOPRU-TSHIRT-S" });
    const hb = sender({ password: "wrong" });
    await walkOrderLifecycle({
      fake,
      sender: hb,
      merchantId: FAKE_HEPSIBURADA.merchantId,
      orderNumber: line.orderNumber,
    }).next();
    expect(hb.log.map((entry) => entry.status)).toEqual([401]);
    const [rejected] = await db()
      .select()
      .from(webhookEvents)
      .where(and(eq(webhookEvents.provider, "hepsiburada"), eq(webhookEvents.status, "rejected")));
    expect(rejected).toMatchObject({ rejectionReason: "signature mismatch" });
    expect(rejected?.headers["x-kopru-call-path"]).toBe("/orders");
  });
});
