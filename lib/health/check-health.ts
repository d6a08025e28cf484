import { sql } from "drizzle-orm";
import { getDbHandle } from "@/db/client";

export type Health = {
  status: "ok" | "degraded";
  app: "ok";
  database: { status: "ok" | "error"; dialect?: string; error?: string };
};

export async function checkHealth(): Promise<Health> {
  try {
    const { db, dialect } = await getDbHandle();
    await db.execute(sql`select 1`);
    return { status: "ok", app: "ok", database: { status: "ok", dialect } };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : "unreachable";
    return { status: "degraded", app: "ok", database: { status: "error", error: message } };
  }
}
