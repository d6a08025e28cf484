import { getDb } from "@/db/client";
import { startEmbeddedRunner, type EmbeddedRunner } from "./embedded-runner";
import { getRunnerMode } from "./mode";
import { onWake } from "./wake";

const globalForRunner = globalThis as { __kopruRunner?: EmbeddedRunner };

/** Starts the embedded runner once per process when no Inngest server is configured. */
export async function startBackgroundWork(): Promise<void> {
  if (getRunnerMode() !== "embedded" || globalForRunner.__kopruRunner) return;
  const runner = startEmbeddedRunner({ db: await getDb() });
  globalForRunner.__kopruRunner = runner;
  onWake(() => void runner.tick());
  console.log(`[köprü] background work: embedded runner ${runner.owner}`);
}
