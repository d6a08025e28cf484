import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { payments } from "@/db/schema";

/** What the order still owes: its total less what succeeded payments kept (paid minus refunded). */
export async function amountDue(db: Db, order: { id: number; totalKurus: number }): Promise<number> {
  const rows = await db
    .select({ amount: payments.amountKurus, refunded: payments.refundedKurus })
    .from(payments)
    .where(
      and(
        eq(payments.orderRef, String(order.id)),
        inArray(payments.status, ["succeeded", "partially_refunded", "disputed"]),
      ),
    );
  const kept = rows.reduce((sum, row) => sum + (row.amount ?? 0) - row.refunded, 0);
  return Math.max(0, order.totalKurus - kept);
}
