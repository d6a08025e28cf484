import { getDb } from "@/db/client";
import { getAuthSecret } from "@/lib/auth/secret";
import { getKeyring } from "@/lib/credentials/keyring";
import { rotateSecrets } from "@/lib/credentials/rotate-secrets";
import { getEnv } from "@/lib/env";
import { watchProviderCalls } from "@/lib/operations/watch-provider-calls";
import { startBackgroundWork } from "@/lib/runner/start-background-work";
import { seedAdminFromEnv } from "@/lib/users/first-admin";

/** Seals secrets still in an older format (or under a previous key) in the current one; never blocks the start. */
async function upgradeStoredSecrets(): Promise<void> {
  try {
    const { rotated } = await rotateSecrets({ db: await getDb(), keyring: getKeyring() });
    if (rotated > 0) console.info(`[köprü] re-encrypted ${rotated} stored secret(s) under the current key and format`);
  } catch (error) {
    // A value sealed under a key that is no longer configured stays as it is; the integration reports it when used.
    console.error(
      `[köprü] could not re-encrypt stored secrets: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Server start: validate env and keys, open (and migrate) the database, seed the admin, start background work. */
export async function startServer(): Promise<void> {
  try {
    getEnv();
    getKeyring();
    getAuthSecret();
  } catch (error) {
    // A misconfigured server must not come up half-working: say what is wrong and stop.
    console.error(`[köprü] cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  await seedAdminFromEnv({ db: await getDb() });
  await upgradeStoredSecrets();
  watchProviderCalls(getDb);
  await startBackgroundWork();
}
