// Runs once per server process before it serves (Node runtime only; nothing to do at build time).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { stampSocketAddress } = await import("@/lib/http/stamp-socket-address");
  stampSocketAddress();
  const { startServer } = await import("@/lib/boot/start-server");
  await startServer();
}
