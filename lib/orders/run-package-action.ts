import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { orders } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { ProviderError } from "@/lib/errors";
import type { PackageStatusUpdate } from "@/lib/providers/marketplace";
import { loadOrderWithAdapter, refreshOrderPackage, unsupported } from "./marketplace-for-order";
import { toOperationError } from "./operation-error";

export const packageActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("picking") }),
  z.object({ action: z.literal("invoiced"), invoiceNumber: z.string().trim().min(1).max(64) }),
  z.object({ action: z.literal("unsupplied"), reasonId: z.coerce.string().min(1) }),
  z.object({
    action: z.literal("shipped"),
    trackingUrl: z.url({ protocol: /^https?$/ }).optional(),
    trackingNumber: z.string().trim().min(1).max(100),
    cargoCompany: z.string().trim().max(100).optional(),
  }),
  z.object({
    action: z.literal("invoice_link"),
    invoiceLink: z.url({ protocol: /^https$/ }),
    invoiceNumber: z.string().trim().max(64).optional(),
  }),
]);
export type PackageAction = z.infer<typeof packageActionSchema>;

/**
 * Reports a package step to the marketplace (Picking, Invoiced with its number, unsupplied with a reason, shipped by
 * the merchant's own cargo, the invoice link), through the marketplace's adapter, then re-reads the package so the order shows what the marketplace now says. Every
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
  const { order, adapter } = await loadOrderWithAdapter({
    db,
    orderId: options.orderId,
    deps: { fetch: options.fetch },
  });
  const packageId = order.packageId;
  const lines = order.lines
    .filter((line) => line.lineId)
    .map((line) => ({ lineId: line.lineId!, quantity: line.quantity }));
  const update: PackageStatusUpdate | null =
    input.action === "invoice_link"
      ? null
      : input.action === "invoiced"
        ? { packageId, lines, status: "invoiced", invoiceNumber: input.invoiceNumber }
        : input.action === "unsupplied"
          ? { packageId, lines, status: "unsupplied", reasonId: input.reasonId }
          : input.action === "shipped"
            ? {
                packageId,
                lines,
                status: "shipped",
                trackingNumber: input.trackingNumber,
                trackingUrl: input.trackingUrl,
                cargoCompany: input.cargoCompany,
              }
            : { packageId, lines, status: "picking" };
  const updatePackageStatus = adapter.updatePackageStatus?.bind(adapter);
  const sendInvoiceLink = adapter.sendInvoiceLink?.bind(adapter);
  try {
    if (update) {
      if (!updatePackageStatus || !adapter.packageStatuses?.includes(update.status)) throw unsupported(order);
      await updatePackageStatus(update);
    } else if (input.action === "invoice_link") {
      if (!sendInvoiceLink) throw unsupported(order);
      await sendInvoiceLink({ packageId, invoiceUrl: input.invoiceLink, invoiceNumber: input.invoiceNumber });
    }
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
