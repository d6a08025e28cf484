import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { payments } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { IYZICO_WEBHOOK_EVENT_TYPES } from "@/lib/providers/iyzico/webhook-sample";
import { deliver, sampleDelivery } from "../test-delivery";

type IyzicoBody = { paymentId: number; iyziPaymentId?: number; iyziEventTime: number; paymentConversationId: string };

function notification(eventType: string, paymentId: number, at: number) {
  const delivery = sampleDelivery("iyzico", eventType);
  const body = delivery.body as IyzicoBody;
  body.paymentId = paymentId;
  if (body.iyziPaymentId !== undefined) body.iyziPaymentId = paymentId;
  body.iyziEventTime = at;
  return delivery;
}

describeWithDatabase("iyzico webhook handlers", (database) => {
  const paymentRows = (paymentId: number) =>
    database()
      .db.select()
      .from(payments)
      .where(and(eq(payments.provider, "iyzico"), eq(payments.remoteId, String(paymentId))));

  it.each(IYZICO_WEBHOOK_EVENT_TYPES.map((eventType, index) => [eventType, 30_000_000 + index] as const))(
    "records %s on the payment id with our conversation id as the order reference",
    async (eventType, paymentId) => {
      const delivery = notification(eventType, paymentId, 1_767_000_000_000);
      expect(await deliver(database().db, delivery)).toEqual({
        outcome: "processed",
        note: `payment ${paymentId} created`,
      });
      const [row] = await paymentRows(paymentId);
      const isSuccess = eventType.endsWith(".SUCCESS");
      expect(row).toMatchObject({
        status: isSuccess ? "succeeded" : "failed",
        orderRef: (delivery.body as IyzicoBody).paymentConversationId,
        remoteUpdatedAt: new Date(1_767_000_000_000),
        failureMessage: isSuccess ? null : expect.stringContaining("FAILURE"),
      });
    },
  );

  it("keeps one row for a repeated notification and does not regress on a late older one", async () => {
    const success = notification("THREE_DS_AUTH.SUCCESS", 40_000_001, 1_767_000_002_000);
    await deliver(database().db, notification("THREE_DS_AUTH.FAILURE", 40_000_001, 1_767_000_001_000));
    await deliver(database().db, success);
    await deliver(database().db, success);
    await deliver(database().db, notification("THREE_DS_AUTH.FAILURE", 40_000_001, 1_767_000_000_500));
    const rows = await paymentRows(40_000_001);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "succeeded", failureMessage: null });
  });
});
