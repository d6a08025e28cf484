import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { INVOICE_TRIGGERS, orderToCashRules, SHIPMENT_TRIGGERS } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";

export const orderToCashRulesSchema = z
  .object({
    shipment_on: z.enum(SHIPMENT_TRIGGERS),
    invoice_on: z.enum(INVOICE_TRIGGERS),
    send_tracking_back: z.boolean(),
    send_invoice_link_back: z.boolean(),
  })
  .strict();
export type OrderToCashRules = z.infer<typeof orderToCashRulesSchema>;

export const DEFAULT_ORDER_TO_CASH_RULES: OrderToCashRules = {
  shipment_on: "manual",
  invoice_on: "manual",
  send_tracking_back: false,
  send_invoice_link_back: false,
};

export async function getOrderToCashRules(db: Db): Promise<OrderToCashRules> {
  const [row] = await db.select().from(orderToCashRules).where(eq(orderToCashRules.id, 1)).limit(1);
  if (!row) return DEFAULT_ORDER_TO_CASH_RULES;
  return {
    shipment_on: row.shipmentOn,
    invoice_on: row.invoiceOn,
    send_tracking_back: row.sendTrackingBack,
    send_invoice_link_back: row.sendInvoiceLinkBack,
  };
}

export async function saveOrderToCashRules(options: { db: Db; actor: Actor | null; input: OrderToCashRules }) {
  const input = orderToCashRulesSchema.parse(options.input);
  const values = {
    shipmentOn: input.shipment_on,
    invoiceOn: input.invoice_on,
    sendTrackingBack: input.send_tracking_back,
    sendInvoiceLinkBack: input.send_invoice_link_back,
    updatedAt: new Date(),
  };
  await options.db
    .insert(orderToCashRules)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: orderToCashRules.id, set: values });
  await recordAudit({
    db: options.db,
    actor: options.actor,
    action: "order_to_cash_rules.updated",
    targetType: "settings",
    targetId: "order-to-cash",
    details: input,
  });
  return input;
}
