import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { syncCursors } from "@/db/schema";

export async function readCursor<T extends Record<string, unknown>>(
  db: Db,
  integrationId: string,
  kind: string,
): Promise<T | null> {
  const [row] = await db
    .select({ cursor: syncCursors.cursor })
    .from(syncCursors)
    .where(and(eq(syncCursors.integrationId, integrationId), eq(syncCursors.kind, kind)))
    .limit(1);
  return (row?.cursor as T | undefined) ?? null;
}

export async function writeCursor(
  db: Db,
  integrationId: string,
  kind: string,
  cursor: Record<string, unknown>,
): Promise<void> {
  await db
    .insert(syncCursors)
    .values({ integrationId, kind, cursor })
    .onConflictDoUpdate({
      target: [syncCursors.integrationId, syncCursors.kind],
      set: { cursor, updatedAt: new Date() },
    });
}
