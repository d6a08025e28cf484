import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { integrations, orders, orderStepRuns } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { orderToCash } from "./order-to-cash";

const STEPS = [
  "load-rules",
  "shipment_created",
  "tracking_sent",
  "delivered",
  "invoice_issued",
  "invoice_link_sent",
  "accounting_posted",
];

describeWithDatabase("Inngest order-to-cash function", (database) => {
  const db = () => database().db;
  let orderId: number;

  beforeAll(async () => {
    await db().insert(integrations).values({ id: "trendyol", kind: "marketplace" }).onConflictDoNothing();
    const [order] = await db()
      .insert(orders)
      .values({
        integrationId: "trendyol",
        remoteOrderNumber: "20063",
        packageId: "4456789012",
        status: "created",
        customerName: "Ayşe Yılmaz",
        shippingAddress: { fullName: "Ayşe Yılmaz", address: "Moda Cad. 5", city: "İstanbul", taxNumber: "4540536921" },
        totalKurus: 1000,
        lines: [],
        orderedAt: new Date(),
        remoteUpdatedAt: new Date(),
        raw: {},
      })
      .returning();
    orderId = order!.id;
  });

  it("runs every order-to-cash step as its own Inngest step, and with manual rules sends nothing", async () => {
    const { result, ctx } = await new InngestTestEngine({ function: orderToCash }).execute({
      events: [{ name: "order/to-cash.requested", data: { orderId, reason: "imported" } }],
    });
    const ids = (ctx.step.run as unknown as { mock: { calls: [string][] } }).mock.calls.map((call) => call[0]);
    expect(ids).toEqual(STEPS);
    expect(result).toEqual([
      { step: "shipment_created", result: "skipped", reason: "manual" },
      { step: "tracking_sent", result: "skipped", reason: "off" },
      { step: "delivered", result: "skipped", reason: "not_delivered" },
      { step: "invoice_issued", result: "skipped", reason: "manual" },
      { step: "invoice_link_sent", result: "skipped", reason: "off" },
      { step: "accounting_posted", result: "skipped", reason: "no_invoice" },
    ]);
  });

  it("retry from a step starts there; a buyer's bad tax id fails for good, recorded on the order", async () => {
    const { error, ctx } = await new InngestTestEngine({ function: orderToCash }).execute({
      events: [{ name: "order/to-cash.requested", data: { orderId, reason: "retry", force: "invoice_issued" } }],
    });
    expect(error).toMatchObject({ name: "NonRetriableError" });
    const ids = (ctx.step.run as unknown as { mock: { calls: [string][] } }).mock.calls.map((call) => call[0]);
    expect(ids).toEqual(["load-rules", "invoice_issued"]);
    const [run] = await db().select().from(orderStepRuns).where(eq(orderStepRuns.orderId, orderId));
    expect(run).toMatchObject({ step: "invoice_issued", status: "failed", errorCode: "errors.invoice_tax_id_invalid" });
  });
});
