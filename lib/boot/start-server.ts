import { getDb } from "@/db/client";
import { getAuthSecret } from "@/lib/auth/secret";
import { getKeyring } from "@/lib/credentials/keyring";
import { getEnv } from "@/lib/env";
import { inngestDevProblem } from "@/lib/runner/inngest-endpoint";
import { watchProviderCalls } from "@/lib/operations/watch-provider-calls";
import { startBackgroundWork } from "@/lib/runner/start-background-work";
import { seedAdminFromEnv } from "@/lib/users/first-admin";

/** Server start: validate env and keys, open (and migrate) the database, seed the admin, start background work. */
export async function startServer(): Promise<void> {
  try {
    const problem = inngestDevProblem(getEnv());
    if (problem) throw new Error(problem);
    getKeyring();
    getAuthSecret();
  } catch (error) {
    // A misconfigured server must not come up half-working: say what is wrong and stop.
    console.error(`[köprü] cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  await seedAdminFromEnv({ db: await getDb() });
  watchProviderCalls(getDb);
  await startBackgroundWork();
}
