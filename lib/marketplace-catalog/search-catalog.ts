import { and, asc, eq, ilike } from "drizzle-orm";
import type { Db } from "@/db/client";
import { marketplaceBrands, marketplaceCategories } from "@/db/schema";

const LIMIT = 30;
const pattern = (q: string) => `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** Leaf categories whose path contains `q` (products may only be listed on leaves). */
export async function searchCategories(options: { db: Db; integrationId: string; q: string }) {
  return options.db
    .select({ id: marketplaceCategories.remoteId, path: marketplaceCategories.path })
    .from(marketplaceCategories)
    .where(
      and(
        eq(marketplaceCategories.integrationId, options.integrationId),
        eq(marketplaceCategories.isLeaf, true),
        ilike(marketplaceCategories.path, pattern(options.q.trim())),
      ),
    )
    .orderBy(asc(marketplaceCategories.path))
    .limit(LIMIT);
}

export async function searchBrands(options: { db: Db; integrationId: string; q: string }) {
  return options.db
    .select({ id: marketplaceBrands.remoteId, name: marketplaceBrands.name })
    .from(marketplaceBrands)
    .where(
      and(
        eq(marketplaceBrands.integrationId, options.integrationId),
        ilike(marketplaceBrands.name, pattern(options.q.trim())),
      ),
    )
    .orderBy(asc(marketplaceBrands.name))
    .limit(LIMIT);
}
