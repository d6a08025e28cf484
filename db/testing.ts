import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe } from "vitest";
import { openDatabase, setProcessDatabase, type Db, type DbHandle } from "./client";

export type TestDatabase = { db: Db; dialect: DbHandle["dialect"]; url?: string };
type OwnedTestDatabase = TestDatabase & { drop: () => Promise<void> };

/** The engines every integration test runs on: PGlite always, real Postgres too when TEST_DATABASE_URL is set. */
export const TEST_ENGINES = process.env.TEST_DATABASE_URL ? (["pglite", "postgres"] as const) : (["pglite"] as const);

/** Creates a fresh, migrated database of the given engine; `drop` removes it again. */
export async function createTestDatabase(
  engine: "pglite" | "postgres",
): Promise<OwnedTestDatabase & { handle: DbHandle }> {
  if (engine === "pglite") {
    const handle = await openDatabase({ pgliteDir: "memory://" });
    return { db: handle.db, dialect: handle.dialect, drop: handle.close, handle };
  }
  const { default: postgres } = await import("postgres");
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `kopru_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    db: handle.db,
    dialect: handle.dialect,
    handle,
    url: url.toString(),
    drop: async () => {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * Runs `body` once per engine, each time against a fresh database that is also the process database (`getDb()`),
 * so route handlers under test use it too; call `get()` inside tests.
 */
export function describeWithDatabase(title: string, body: (get: () => TestDatabase) => void): void {
  describe.each(TEST_ENGINES)(`${title} [%s]`, (engine) => {
    let current: OwnedTestDatabase | undefined;
    beforeAll(async () => {
      const created = await createTestDatabase(engine);
      setProcessDatabase(created.handle);
      current = created;
    });
    afterAll(async () => {
      setProcessDatabase(undefined);
      await current?.drop();
    });
    body(() => {
      if (!current) throw new Error("test database not ready");
      return current;
    });
  });
}
