// Runs once per server process before it serves: validate env, open (and migrate) the database, seed the admin.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("@/lib/env");
  getEnv();
  const { getKeyring } = await import("@/lib/credentials/keyring");
  getKeyring();
  const { getDb } = await import("@/db/client");
  const { seedAdminFromEnv } = await import("@/lib/users/first-admin");
  await seedAdminFromEnv({ db: await getDb() });
}
