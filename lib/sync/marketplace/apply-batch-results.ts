import { getProvider } from "@/lib/providers/registry";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { BatchItemResult } from "@/lib/providers/marketplace";
import { recordItems, type ItemOutcome } from "../sync-progress";

export type PushedValues = { sku: string; listPrice: number; salePrice: number; stock: number };

const CHUNK = 2000;

type Verdict = {
  sku: string;
  barcode: string;
  ok: boolean;
  message: string | null;
  pushed?: PushedValues;
  refs?: Record<string, string>;
};

/** One UPDATE … FROM jsonb_to_recordset per chunk: 10,000 verdicts cost 5 statements and 5 parameters, not 60,000. */
async function updateListings(
  db: Db,
  integrationId: string,
  verdicts: Verdict[],
  kind: "products" | "price_stock",
  now: Date,
) {
  const key = kind === "price_stock" ? sql`l.sku` : sql`l.remote_id`;
  for (let start = 0; start < verdicts.length; start += CHUNK) {
    const chunk = verdicts.slice(start, start + CHUNK);
    const rows = sql.join(
      chunk.map(
        (v) =>
          sql`(${kind === "price_stock" ? v.sku : v.barcode}::text, ${v.ok}::boolean, ${v.message}::text, ${v.pushed?.listPrice ?? null}::int, ${v.pushed?.salePrice ?? null}::int, ${v.pushed?.stock ?? null}::int, ${v.refs ? JSON.stringify(v.refs) : null}::jsonb)`,
      ),
      sql`, `,
    );
    const failedStatus: SQL = kind === "products" ? sql`'failed'` : sql`l.remote_status`;
    await db.execute(sql`
      update listings as l set
        remote_status = case when v.ok then 'active' else ${failedStatus} end,
        last_error = case when v.ok then null else v.message end,
        last_pushed_at = case when v.ok then ${now.toISOString()}::timestamptz else l.last_pushed_at end,
        last_pushed_list_price = case when v.ok then coalesce(v.list_price, l.last_pushed_list_price) else l.last_pushed_list_price end,
        last_pushed_sale_price = case when v.ok then coalesce(v.sale_price, l.last_pushed_sale_price) else l.last_pushed_sale_price end,
        last_pushed_stock = case when v.ok then coalesce(v.stock, l.last_pushed_stock) else l.last_pushed_stock end,
        remote_refs = case when v.refs is null then l.remote_refs else l.remote_refs || v.refs end,
        updated_at = ${now.toISOString()}::timestamptz
      from (values ${rows}) as v(key, ok, message, list_price, sale_price, stock, refs)
      where l.integration_id = ${integrationId} and ${key} = v.key`);
  }
}

/**
 * Stores the marketplace's per-item verdicts: listings become active (remembering what was pushed) or carry the
 * marketplace's own error message, and each item is recorded on the run.
 */
export async function applyBatchResults(options: {
  db: Db;
  runId: number;
  integrationId: string;
  results: BatchItemResult[];
  kind: "products" | "price_stock";
  createdSkus?: Set<string>;
  /** What was sent, by barcode; remembered on success so the next price/stock sync sends only changes. */
  pushed?: Map<string, PushedValues>;
}): Promise<void> {
  const { db, runId, integrationId, results, kind } = options;
  const verdicts: Verdict[] = results.map((item) => {
    const barcode = item.barcode ?? item.sku ?? "";
    const pushed = options.pushed?.get(barcode);
    return {
      sku: pushed?.sku ?? item.sku ?? barcode,
      barcode,
      ok: item.ok,
      message: item.errors.join("; ") || null,
      pushed,
      refs: item.remoteRefs,
    };
  });
  await updateListings(db, integrationId, verdicts, kind, new Date());
  const outcomes: ItemOutcome[] = verdicts.map((verdict) => {
    const action = kind === "price_stock" ? "price_stock" : options.createdSkus?.has(verdict.sku) ? "create" : "update";
    return {
      ref: verdict.sku,
      action,
      result: verdict.ok ? "succeeded" : "failed",
      counter: verdict.ok ? (action === "create" ? "created" : "updated") : "failed",
      // The marketplace's own words are kept verbatim and shown labelled; our sentence says what happened.
      ...(verdict.ok
        ? {}
        : {
            message: "The marketplace rejected the item",
            messageKey: "syncUi.itemErrors.rejected",
            messageParams: { provider: getProvider(integrationId)?.displayName ?? integrationId },
            providerMessage: verdict.message,
          }),
    };
  });
  await recordItems(db, runId, outcomes);
}
