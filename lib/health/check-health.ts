import { sql } from "drizzle-orm";
import { getDbHandle } from "@/db/client";

/** Public, so it says nothing about internals: the app answers, and whether the database does. */
export type Health = { status: "ok" } | { status: "error"; error: "database unavailable" };

export async function checkHealth(): Promise<Health> {
  try {
    const { db } = await getDbHandle();
    await db.execute(sql`select 1`);
    return { status: "ok" };
  } catch (error) {
    // The cause (host names, driver messages) goes to the log, never to an unauthenticated caller.
    console.error("[köprü] health check: database unavailable:", error instanceof Error ? error.message : error);
    return { status: "error", error: "database unavailable" };
  }
}
