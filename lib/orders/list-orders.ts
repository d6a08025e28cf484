import { and, desc, eq, gte, lte, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { orders } from "@/db/schema";
import { customerSearchText, foldedContains } from "@/db/schema/fold";

export const ORDERS_PAGE_SIZE = 50;

export const orderFilterSchema = z.object({
  integration: z.string().trim().optional(),
  status: z.string().trim().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  /** Order number, package id, customer name or a SKU in the lines. */
  q: z.string().trim().max(200).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(ORDERS_PAGE_SIZE),
});
export type OrderFilter = z.input<typeof orderFilterSchema>;

export async function listOrders(options: { db: Db; filter: OrderFilter }) {
  const filter = orderFilterSchema.parse(options.filter);
  const search: SQL | undefined = filter.q
    ? or(
        eq(orders.remoteOrderNumber, filter.q),
        eq(orders.packageId, filter.q),
        foldedContains(customerSearchText(orders), filter.q),
        sql`${orders.lines} @> ${JSON.stringify([{ sku: filter.q }])}::jsonb`,
      )
    : undefined;
  const rows = await options.db
    .select({
      id: orders.id,
      integrationId: orders.integrationId,
      remoteOrderNumber: orders.remoteOrderNumber,
      packageId: orders.packageId,
      status: orders.status,
      customerName: orders.customerName,
      currency: orders.currency,
      totalKurus: orders.totalKurus,
      lineCount: sql<number>`jsonb_array_length(${orders.lines})::int`,
      orderedAt: orders.orderedAt,
      remoteUpdatedAt: orders.remoteUpdatedAt,
    })
    .from(orders)
    .where(
      and(
        filter.integration ? eq(orders.integrationId, filter.integration) : undefined,
        filter.status ? eq(orders.status, filter.status) : undefined,
        filter.from ? gte(orders.orderedAt, filter.from) : undefined,
        filter.to ? lte(orders.orderedAt, filter.to) : undefined,
        // Keyset on (ordered_at, id): the cursor is the last id shown, its order date read back in the same query.
        filter.before
          ? sql`(${orders.orderedAt}, ${orders.id}) < (select o.ordered_at, o.id from orders o where o.id = ${filter.before})`
          : undefined,
        search,
      ),
    )
    .orderBy(desc(orders.orderedAt), desc(orders.id))
    .limit(filter.limit + 1);
  const items = rows.slice(0, filter.limit);
  return { items, nextBefore: rows.length > filter.limit ? (items.at(-1)?.id ?? null) : null };
}

export async function getOrder(options: { db: Db; id: number }) {
  const [order] = await options.db.select().from(orders).where(eq(orders.id, options.id)).limit(1);
  return order ?? null;
}
