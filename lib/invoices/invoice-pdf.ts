import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orderInvoices } from "@/db/schema";
import { loadAdapter } from "@/lib/integrations/load-adapter";
import type { SyncDeps } from "@/lib/sync/sync-deps";

/**
 * The PDF of an invoice Köprü issued, fetched from the e-invoice service by its ETTN. The ETTN (a random UUID) is the
 * link's only key, as on the marketplaces' own invoice links; an unknown or unissued one is null.
 */
export async function getIssuedInvoicePdf(options: { db: Db; ettn: string; deps?: SyncDeps }) {
  const ettn = options.ettn.toLowerCase();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(ettn)) return null;
  const [invoice] = await options.db
    .select()
    .from(orderInvoices)
    .where(and(eq(orderInvoices.ettn, ettn), eq(orderInvoices.status, "issued")))
    .limit(1);
  if (!invoice) return null;
  const erp = await loadAdapter({ db: options.db, integrationId: invoice.provider, kind: "erp", deps: options.deps });
  if (!erp.getEInvoicePdf) return null;
  return { invoice, pdf: await erp.getEInvoicePdf(invoice.ettn) };
}
