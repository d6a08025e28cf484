// Runs once per server process before it serves: validate env, open (and migrate) the database, seed the admin,
// and start the embedded runner when no Inngest server is configured.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getEnv } = await import("@/lib/env");
  getEnv();
  const { getKeyring } = await import("@/lib/credentials/keyring");
  getKeyring();
  const { getDb } = await import("@/db/client");
  const { seedAdminFromEnv } = await import("@/lib/users/first-admin");
  await seedAdminFromEnv({ db: await getDb() });
  const { startBackgroundWork } = await import("@/lib/runner/start-background-work");
  await startBackgroundWork();
}
