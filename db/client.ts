import fs from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbHandle = { db: Db; dialect: "pglite" | "postgres"; close: () => Promise<void> };

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Opens a database and applies pending migrations: postgres.js when `url` is given, PGlite under `pgliteDir` otherwise. */
export async function openDatabase(options: { url?: string; pgliteDir?: string }): Promise<DbHandle> {
  if (options.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(options.url, { max: 10, onnotice: () => {} });
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return { db: db as unknown as Db, dialect: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  // Trigram indexes back Turkish-aware search (migration 0008); PGlite ships the extension but loads it on request.
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dir = options.pgliteDir ?? path.join(process.cwd(), ".data", "pglite");
  // PGlite creates only the leaf directory itself.
  if (dir !== "memory://") fs.mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir, { extensions: { pg_trgm } });
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db: db as unknown as Db, dialect: "pglite", close: () => client.close() };
}

const globalForDb = globalThis as { __kopruDb?: Promise<DbHandle> };

/** The process-wide database (one per process, safe across dev hot reloads). */
export function getDbHandle(): Promise<DbHandle> {
  globalForDb.__kopruDb ??= openDatabase({
    url: process.env.DATABASE_URL || undefined,
    pgliteDir: process.env.PGLITE_DIR || undefined,
  }).catch((error: unknown) => {
    globalForDb.__kopruDb = undefined;
    throw error;
  });
  return globalForDb.__kopruDb;
}

/** Tests point the process-wide database at their fresh one. */
export function setProcessDatabase(handle: DbHandle | undefined): void {
  globalForDb.__kopruDb = handle ? Promise.resolve(handle) : undefined;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
