import { getRunnerMode } from "./mode";

/** Wraps an Inngest serve handler so it answers a plain 404 unless background work runs on Inngest. */
export function onlyInInngestMode<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
  mode: () => ReturnType<typeof getRunnerMode> = getRunnerMode,
): (...args: A) => Promise<Response> {
  return async (...args) =>
    mode() === "embedded" ? Response.json({ error: "not_found" }, { status: 404 }) : handler(...args);
}

/**
 * INNGEST_DEV turns off the signature check on /api/inngest: anyone who can reach it could run our functions. It is
 * for a local dev server, so a production process refuses it unless explicitly allowed (CI and e2e run `next start`
 * against no Inngest server at all and set the override).
 */
export function inngestDevProblem(env: {
  NODE_ENV?: string;
  INNGEST_DEV?: string;
  KOPRU_ALLOW_INNGEST_DEV_IN_PRODUCTION?: string;
}): string | null {
  const devOn = Boolean(env.INNGEST_DEV) && env.INNGEST_DEV !== "0" && env.INNGEST_DEV !== "false";
  if (env.NODE_ENV !== "production" || !devOn || env.KOPRU_ALLOW_INNGEST_DEV_IN_PRODUCTION === "1") return null;
  return (
    "INNGEST_DEV is set while NODE_ENV=production. It disables the signature check on /api/inngest, so anyone who " +
    "can reach the console could run its background functions. Unset INNGEST_DEV (use INNGEST_SIGNING_KEY and " +
    "INNGEST_EVENT_KEY, or the embedded runner), or set KOPRU_ALLOW_INNGEST_DEV_IN_PRODUCTION=1 if you really mean it."
  );
}
