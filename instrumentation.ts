// Runs once per server process before it serves: validate env, open (and migrate) the database, seed the admin,
// and start the embedded runner when no Inngest server is configured.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getEnv } = await import("@/lib/env");
  const { getKeyring } = await import("@/lib/credentials/keyring");
  const { getAuthSecret } = await import("@/lib/auth/secret");
  try {
    getEnv();
    getKeyring();
    getAuthSecret();
  } catch (error) {
    // A misconfigured server must not come up half-working: say what is wrong and stop.
    console.error(`[köprü] cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const { getDb } = await import("@/db/client");
  const { seedAdminFromEnv } = await import("@/lib/users/first-admin");
  await seedAdminFromEnv({ db: await getDb() });
  const { startBackgroundWork } = await import("@/lib/runner/start-background-work");
  await startBackgroundWork();
}
