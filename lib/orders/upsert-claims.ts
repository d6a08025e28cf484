import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orderClaims } from "@/db/schema";
import type { MarketplaceClaim } from "@/lib/providers/marketplace";

/** Upserts claims on (integration, claim id); a claim is rewritten only when the marketplace changed it since. */
export async function upsertClaims(options: {
  db: Db;
  integrationId: string;
  claims: MarketplaceClaim[];
}): Promise<{ claimId: string; orderNumber: string; outcome: "created" | "updated" | "unchanged" }[]> {
  const { db, integrationId, claims } = options;
  if (claims.length === 0) return [];
  const rows = claims.map((claim) => ({
    integrationId,
    claimId: claim.claimId,
    remoteOrderNumber: claim.remoteOrderNumber,
    packageId: claim.packageId,
    status: claim.status,
    lines: claim.lines,
    claimedAt: claim.createdAt,
    remoteUpdatedAt: claim.lastModified,
    raw: claim.raw,
  }));
  const written = await db
    .insert(orderClaims)
    .values(rows)
    .onConflictDoUpdate({
      target: [orderClaims.integrationId, orderClaims.claimId],
      set: {
        remoteOrderNumber: sql`excluded.remote_order_number`,
        packageId: sql`excluded.package_id`,
        status: sql`excluded.status`,
        lines: sql`excluded.lines`,
        remoteUpdatedAt: sql`excluded.remote_updated_at`,
        raw: sql`excluded.raw`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`${orderClaims.remoteUpdatedAt} <= excluded.remote_updated_at`,
    })
    .returning({ claimId: orderClaims.claimId, inserted: sql<boolean>`(xmax = 0)` });
  const outcome = new Map(
    written.map((row) => [row.claimId, row.inserted ? ("created" as const) : ("updated" as const)]),
  );
  return claims.map((claim) => ({
    claimId: claim.claimId,
    orderNumber: claim.remoteOrderNumber,
    outcome: outcome.get(claim.claimId) ?? "unchanged",
  }));
}
