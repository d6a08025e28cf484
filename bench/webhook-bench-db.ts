import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, ne } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client";
import { webhookEvents } from "@/db/schema";
import { createTestDatabase } from "@/db/testing";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";
import { createTestActor } from "@/lib/testing/actors";
import { insertProducts, productRow } from "@/lib/testing/trendyol-fixture";
import { BENCH_SHOP } from "./shopify-deliveries";

/** Fixed keys so the seeding process and the servers it starts agree; never use these outside benchmarks. */
export const BENCH_ENV = {
  NODE_ENV: "production",
  NEXTAUTH_SECRET: "kopru-bench-nextauth-secret-0123456789",
  KOPRU_ENCRYPTION_KEY: "YmVuY2gtZW5jcnlwdGlvbi1rZXktMzItYnl0ZXMhISE=",
  KOPRU_EMBEDDED_RUNNER: "on",
  KOPRU_WEBHOOK_RATE_PER_SECOND: "1000000",
  KOPRU_WEBHOOK_RATE_BURST: "1000000",
  INNGEST_DEV: "",
  // The provider fakes listen on 127.0.0.1, which the outbound guard refuses without this.
  KOPRU_ALLOW_PRIVATE_BASE_URLS: "1",
  DATABASE_URL: "",
  PGLITE_DIR: "",
};
Object.assign(process.env, {
  KOPRU_ENCRYPTION_KEY: BENCH_ENV.KOPRU_ENCRYPTION_KEY,
  NEXTAUTH_SECRET: BENCH_ENV.NEXTAUTH_SECRET,
  KOPRU_ALLOW_PRIVATE_BASE_URLS: BENCH_ENV.KOPRU_ALLOW_PRIVATE_BASE_URLS,
});

export type BenchDatabase = {
  engine: "pglite" | "postgres";
  env: Record<string, string>;
  /** An admin API token, to ask the running app about its backlog. */
  token: string;
  open: () => Promise<{ db: Db; close: () => Promise<void> }>;
  cleanup: () => Promise<void>;
};

/** Shopify configured, and the SKUs the deliveries order (SKU-0 … SKU-499) in the catalog, so processing succeeds. */
async function seed(db: Db): Promise<string> {
  const { actor, token } = await createTestActor(db, "admin");
  await saveIntegrationConfig({ db, actor, type: "shopify", body: { is_active: true, ...BENCH_SHOP } });
  await insertProducts(
    db,
    Array.from({ length: 500 }, (_, i) => productRow(i, { sku: `SKU-${i}`, barcode: null })),
  );
  return token;
}

/** A fresh database with Shopify configured; PGlite is closed again so the server process can own it. */
export async function prepareDatabase(engine: BenchDatabase["engine"]): Promise<BenchDatabase> {
  if (engine === "postgres") {
    process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    const created = await createTestDatabase("postgres");
    const token = await seed(created.db);
    return {
      engine,
      token,
      env: { DATABASE_URL: created.url! },
      open: async () => ({ db: created.db, close: async () => {} }),
      cleanup: created.drop,
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "kopru-bench-pglite-"));
  const open = async () => {
    const handle = await openDatabase({ pgliteDir: dir });
    return { db: handle.db, close: handle.close };
  };
  const seeded = await open();
  const token = await seed(seeded.db);
  await seeded.close();
  return {
    engine,
    token,
    env: { PGLITE_DIR: dir },
    open,
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Stored (non-rejected) Shopify rows, and how many of the accepted delivery ids are among them. */
export async function countStored(database: BenchDatabase, accepted: Set<string>) {
  const { db, close } = await database.open();
  const rows = await db
    .select({ key: webhookEvents.dedupeKey })
    .from(webhookEvents)
    .where(and(eq(webhookEvents.provider, "shopify"), ne(webhookEvents.status, "rejected")));
  await close();
  const keys = new Set(rows.map((row) => row.key));
  let acceptedStored = 0;
  for (const id of accepted) if (keys.has(id)) acceptedStored += 1;
  return { total: rows.length, acceptedStored };
}
