import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { HepsiburadaListingView } from "@/lib/providers/hepsiburada/transform";

const CHUNK = 500;

/**
 * Links Hepsiburada's listings to Köprü's products: a listing matches a product on merchant SKU (= Köprü SKU), or an
 * existing listing row on Hepsiburada SKU. Both SKUs are stored (`sku`, `remote_id`); matched rows become active.
 * Returns how many listing rows were written (rows already linked the same way are left alone).
 */
export async function linkHepsiburadaListings(options: {
  db: Db;
  integrationId: string;
  listings: HepsiburadaListingView[];
}): Promise<number> {
  const { db, integrationId } = options;
  let matched = 0;
  for (let start = 0; start < options.listings.length; start += CHUNK) {
    const rows = options.listings
      .slice(start, start + CHUNK)
      .map((l) => ({ sku: l.merchantSku, hb: l.hepsiburadaSku }));
    // Two equi-joins (merchant SKU on products, Hepsiburada SKU on listings) rather than an OR, so both can hash-join.
    const result = await db.execute(sql`
      with x as (select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(sku text, hb text)),
      matched as (
        select p.id as product_id, p.sku, x.hb from x join products p on p.sku = x.sku
        union all
        select l.product_id, l.sku, x.hb from x
        join listings l on l.integration_id = ${integrationId} and l.remote_id = x.hb
        where not exists (select 1 from products p where p.sku = x.sku)
      )
      insert into listings (integration_id, product_id, sku, remote_id, remote_status, updated_at)
      select distinct on (sku) ${integrationId}, product_id, sku, hb, 'active', now() from matched
      on conflict (integration_id, sku) do update set
        remote_id = excluded.remote_id,
        remote_status = case when listings.remote_status = 'failed' then listings.remote_status else 'active' end,
        updated_at = now()
      where listings.remote_id is distinct from excluded.remote_id or listings.remote_status = 'pending'
      returning 1`);
    matched += (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows).length;
  }
  return matched;
}
