import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { HepsiburadaListingView } from "@/lib/providers/hepsiburada/transform";

const CHUNK = 500;

/**
 * Links Hepsiburada's listings to Köprü's products: a listing matches a product on merchant SKU (= Köprü SKU), or an
 * existing listing row on Hepsiburada SKU. Both SKUs are stored (`sku`, `remote_id`); matched rows become active.
 * Returns how many listings matched.
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
    const result = await db.execute(sql`
      insert into listings (integration_id, product_id, sku, remote_id, remote_status, updated_at)
      select ${integrationId}, p.id, p.sku, x.hb, 'active', now()
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(sku text, hb text)
      join lateral (
        select p.id, p.sku from products p
        where p.sku = x.sku
           or p.id = (select l.product_id from listings l where l.integration_id = ${integrationId} and l.remote_id = x.hb limit 1)
        order by (p.sku = x.sku) desc limit 1
      ) p on true
      on conflict (integration_id, sku) do update set
        remote_id = excluded.remote_id,
        remote_status = case when listings.remote_status = 'failed' then listings.remote_status else 'active' end,
        updated_at = now()
      returning 1`);
    matched += (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows).length;
  }
  return matched;
}
