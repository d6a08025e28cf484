import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { orders } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { ProviderError } from "@/lib/errors";
import { loadOrderWithAdapter, refreshOrderPackage } from "./marketplace-for-order";
import { toOperationError } from "./operation-error";

export const packageActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("picking") }),
  z.object({ action: z.literal("invoiced"), invoiceNumber: z.string().trim().min(1).max(64) }),
  z.object({ action: z.literal("unsupplied"), reasonId: z.coerce.number().int() }),
  z.object({
    action: z.literal("alternative_delivery"),
    trackingInfo: z.string().trim().min(1).max(500),
    isPhoneNumber: z.boolean().default(false),
  }),
  z.object({
    action: z.literal("invoice_link"),
    invoiceLink: z.url({ protocol: /^https$/ }),
    invoiceNumber: z.string().trim().max(64).optional(),
  }),
]);
export type PackageAction = z.infer<typeof packageActionSchema>;

/**
 * Reports a package step to the marketplace (Picking, Invoiced with its number, unsupplied with a reason, own-cargo
 * delivery, the invoice link), then re-reads the package so the order shows what the marketplace now says. Every
 * line of the package is reported with its full quantity.
 */
export async function runPackageAction(options: {
  db: Db;
  actor: Actor | null;
  orderId: number;
  input: PackageAction;
  fetch?: typeof fetch;
}) {
  const { db, input } = options;
  const { order, adapter } = await loadOrderWithAdapter({ db, orderId: options.orderId, fetch: options.fetch });
  const packageId = order.packageId;
  const lines = order.lines
    .filter((line) => line.lineId)
    .map((line) => ({ lineId: line.lineId!, quantity: line.quantity }));
  try {
    if (input.action === "picking") await adapter.updatePackageStatus({ packageId, lines, status: "picking" });
    else if (input.action === "invoiced")
      await adapter.updatePackageStatus({ packageId, lines, status: "invoiced", invoiceNumber: input.invoiceNumber });
    else if (input.action === "unsupplied")
      await adapter.markUnsupplied({ packageId, lines, reasonId: input.reasonId });
    else if (input.action === "alternative_delivery")
      await adapter.sendAlternativeDelivery({
        packageId,
        trackingInfo: input.trackingInfo,
        isPhoneNumber: input.isPhoneNumber,
      });
    else
      await adapter.sendInvoiceLink({ packageId, invoiceLink: input.invoiceLink, invoiceNumber: input.invoiceNumber });
  } catch (error) {
    if (error instanceof ProviderError) throw toOperationError(error, order.integrationId);
    throw error;
  }
  await refreshOrderPackage({ db, order, adapter });
  await recordAudit({
    db,
    actor: options.actor,
    action: `order.${input.action}`,
    targetType: "order",
    targetId: String(order.id),
    details: { packageId, ...input },
  });
  const [updated] = await db.select().from(orders).where(eq(orders.id, order.id)).limit(1);
  return updated!;
}
