import { and, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { orders } from "@/db/schema";

export const CUSTOMERS_PAGE_SIZE = 25;

/**
 * Customers are kept with their orders, not copied beside them: a customer is the marketplace's own customer id on the
 * stored order (Shopify's customer GID) or, without one, the order's e-mail address, per marketplace. So an erasure
 * (Shopify's `customers/redact` clears the orders' personal data) removes the customer from this list as well.
 */
const customerKey = sql<string>`coalesce(${orders.raw} -> 'customer' ->> 'id', lower(${orders.customerEmail}))`;

export const customerFilterSchema = z.object({
  /** Name or e-mail, any part. */
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(CUSTOMERS_PAGE_SIZE),
});
export type CustomerFilter = z.input<typeof customerFilterSchema>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function customerOrdersWhere(q: string | undefined): SQL | undefined {
  const search = q
    ? or(ilike(orders.customerName, `%${escapeLike(q)}%`), ilike(orders.customerEmail, `%${escapeLike(q)}%`))
    : undefined;
  return and(sql`${customerKey} is not null`, search);
}

export type CustomerSummary = {
  integrationId: string;
  key: string;
  name: string | null;
  email: string | null;
  orderCount: number;
  lastOrderAt: Date;
  /** The sum of the orders' totals when they share one currency; null when they do not. */
  totalKurus: number | null;
  currency: string;
};

/** /customers: one row per customer (per marketplace), the latest name and e-mail, most recent buyers first. */
export async function listCustomers(options: { db: Db; filter: CustomerFilter }) {
  const filter = customerFilterSchema.parse(options.filter);
  const where = customerOrdersWhere(filter.q);
  const rows = await options.db
    .select({
      integrationId: orders.integrationId,
      key: customerKey,
      name: sql<
        string | null
      >`(array_agg(${orders.customerName} order by ${orders.orderedAt} desc) filter (where ${orders.customerName} is not null))[1]`,
      email: sql<
        string | null
      >`(array_agg(${orders.customerEmail} order by ${orders.orderedAt} desc) filter (where ${orders.customerEmail} is not null))[1]`,
      orderCount: sql<number>`count(*)::int`,
      lastOrderAt: sql<Date>`max(${orders.orderedAt})`.mapWith(orders.orderedAt),
      total: sql<string>`sum(${orders.totalKurus})::text`,
      currency: sql<string>`min(${orders.currency})`,
      currencies: sql<number>`count(distinct ${orders.currency})::int`,
    })
    .from(orders)
    .where(where)
    .groupBy(orders.integrationId, customerKey)
    .orderBy(desc(sql`max(${orders.orderedAt})`), orders.integrationId, customerKey)
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [counted] = await options.db.select({ total: sql<number>`count(*)::int` }).from(
    options.db
      .select({ integrationId: orders.integrationId, key: sql`${customerKey}`.as("key") })
      .from(orders)
      .where(where)
      .groupBy(orders.integrationId, customerKey)
      .as("customers"),
  );
  const items: CustomerSummary[] = rows.map(({ total, currencies, ...row }) => ({
    ...row,
    totalKurus: currencies === 1 ? Number(total) : null,
  }));
  return { items, total: counted?.total ?? 0, page: filter.page, pageSize: filter.pageSize };
}

export const customerOrdersSchema = z.object({
  integration: z.string().trim().min(1).max(64),
  key: z.string().trim().min(1).max(320),
});

/** One customer's orders, newest first (at most 200: the list links each to its order page). */
export async function listCustomerOrders(options: { db: Db; filter: Record<string, string | undefined> }) {
  const filter = customerOrdersSchema.parse(options.filter);
  const items = await options.db
    .select({
      id: orders.id,
      remoteOrderNumber: orders.remoteOrderNumber,
      status: orders.status,
      currency: orders.currency,
      totalKurus: orders.totalKurus,
      orderedAt: orders.orderedAt,
    })
    .from(orders)
    .where(and(eq(orders.integrationId, filter.integration), sql`${customerKey} = ${filter.key}`))
    .orderBy(desc(orders.orderedAt), desc(orders.id))
    .limit(200);
  return { items };
}
