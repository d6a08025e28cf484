import { getEnv } from "@/lib/env";

export type RunnerMode = "inngest" | "embedded";

/**
 * Inngest runs background work when a server is configured (cloud: INNGEST_EVENT_KEY; self-hosted: INNGEST_BASE_URL;
 * dev server: INNGEST_DEV). Otherwise the embedded runner does, in-process. KOPRU_EMBEDDED_RUNNER forces either way.
 */
export function getRunnerMode(): RunnerMode {
  const env = getEnv();
  if (env.KOPRU_EMBEDDED_RUNNER === "on") return "embedded";
  if (env.KOPRU_EMBEDDED_RUNNER === "off") return "inngest";
  return env.INNGEST_EVENT_KEY || env.INNGEST_BASE_URL || env.INNGEST_DEV ? "inngest" : "embedded";
}
