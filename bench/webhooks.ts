// npm run bench:webhooks [-- --crash] [--duration=10] [--connections=10]
// Drives `next start` with signed Shopify deliveries (unique ids plus 10% duplicates) through autocannon, on PGlite and
// on Postgres, next to a bare node:http server doing only verify + insert, and checks that the stored rows equal the
// unique deliveries answered 2xx. --crash SIGKILLs the app mid-load, restarts it, and checks nothing answered 2xx is lost.
// Needs a build: run `npm run build` first.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import { makeDelivery, type Delivery } from "./shopify-deliveries";
import { BENCH_ENV, countStored, prepareDatabase, type BenchDatabase } from "./webhook-bench-db";

const args = new Map(
  process.argv.slice(2).map((arg) => [arg.replace(/^--/, "").split("=")[0]!, arg.split("=")[1] ?? "true"]),
);
const DURATION_S = Number(args.get("duration") ?? 10);
const CONNECTIONS = Number(args.get("connections") ?? 10);
const CRASH = args.has("crash");
const NEXT_PORT = 3310;
const BARE_PORT = 3311;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => (socket.destroy(), resolve(true)));
    socket.on("error", () => resolve(false));
  });

async function startServer(target: "next" | "bare", env: Record<string, string>): Promise<ChildProcess> {
  const port = target === "next" ? NEXT_PORT : BARE_PORT;
  if (await canConnect(port)) throw new Error(`Port ${port} is already in use; stop whatever listens there first`);
  const [command, commandArgs]: [string, string[]] =
    target === "next"
      ? ["./node_modules/.bin/next", ["start", "-p", String(port)]]
      : [process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "bare-webhook-server.ts")]];
  const childEnv = { ...process.env, ...BENCH_ENV, ...env, PORT: String(port) } as NodeJS.ProcessEnv;
  // Own process group, so a kill reaches the server even where the launcher forks it.
  const child = spawn(command, commandArgs, { env: childEnv, stdio: ["ignore", "ignore", "inherit"], detached: true });
  for (let i = 0; i < 600; i++) {
    if (
      target === "next"
        ? await fetch(`http://127.0.0.1:${port}/api/health`).then(
            (r) => r.ok,
            () => false,
          )
        : await canConnect(port)
    )
      return child;
    await wait(100);
  }
  throw new Error(`${target} server did not start`);
}

const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
};

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  killGroup(child, "SIGTERM");
  await Promise.race([exited, wait(5000)]);
  killGroup(child, "SIGKILL");
}

/** Unique deliveries plus 10% re-sends of earlier ones; records which delivery ids were answered 2xx. */
async function drive(port: number, onHalfway?: () => Promise<void>) {
  const deliveries: Delivery[] = [];
  const accepted = new Set<string>();
  let sent = 0;
  const next = (): Delivery => {
    sent += 1;
    if (deliveries.length > 10 && sent % 10 === 0) return deliveries[Math.floor(Math.random() * deliveries.length)]!;
    const delivery = makeDelivery(deliveries.length);
    deliveries.push(delivery);
    return delivery;
  };
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [
      {
        method: "POST",
        path: "/api/integrations/webhook/shopify",
        setupRequest: (request, context) => {
          const delivery = next();
          (context as { id?: string }).id = delivery.id;
          return { ...request, body: delivery.body, headers: delivery.headers };
        },
        onResponse: (status, _body, context) => {
          if (status >= 200 && status < 300) accepted.add((context as { id: string }).id);
        },
      },
    ],
  });
  if (onHalfway) setTimeout(() => void onHalfway(), (DURATION_S * 1000) / 2);
  const result = await instance;
  return { result, accepted, unique: deliveries.length };
}

/** Seconds until the app has no event left `received` or `processing`: how long processing trails the load. */
async function drainSeconds(database: BenchDatabase): Promise<number | null> {
  const started = performance.now();
  const pending = async (status: string) => {
    const response = await fetch(`http://127.0.0.1:${NEXT_PORT}/api/webhooks?status=${status}&limit=1`, {
      headers: { authorization: `Bearer ${database.token}` },
    });
    return ((await response.json()) as { items: unknown[] }).items.length;
  };
  while (performance.now() - started < 120_000) {
    if ((await pending("received")) + (await pending("processing")) === 0) return (performance.now() - started) / 1000;
    await wait(250);
  }
  return null;
}

async function measure(target: "next" | "bare", database: BenchDatabase) {
  const server = await startServer(target, database.env);
  const { result, accepted } = await drive(target === "next" ? NEXT_PORT : BARE_PORT);
  const drain = target === "next" ? await drainSeconds(database) : null;
  await stopServer(server);
  const stored = await countStored(database, accepted);
  const lost = accepted.size - stored.acceptedStored;
  console.log(
    `${target === "next" ? "köprü pipeline" : "bare node:http"} [${database.engine}]: ${result.requests.average.toFixed(0)} req/s, ` +
      `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}; ` +
      `unique deliveries answered 2xx ${accepted.size}, stored rows ${stored.total} (${stored.total - accepted.size} were in flight when the load stopped), ` +
      `lost ${lost}${lost === 0 && stored.total - accepted.size <= CONNECTIONS ? " ✓" : " ✗"}` +
      (target === "next"
        ? `; processing backlog drained ${drain === null ? "not within 120 s" : `${drain.toFixed(1)} s after the load`}`
        : ""),
  );
  return result.requests.average;
}

async function crashTest(database: BenchDatabase) {
  let server = await startServer("next", database.env);
  const { result, accepted } = await drive(NEXT_PORT, async () => {
    killGroup(server, "SIGKILL");
    while (await canConnect(NEXT_PORT)) await wait(20);
    console.log(`  SIGKILL at ${DURATION_S / 2} s; restarting`);
    server = await startServer("next", database.env);
  });
  await stopServer(server);
  const stored = await countStored(database, accepted);
  const lost = accepted.size - stored.acceptedStored;
  console.log(
    `crash [${database.engine}]: ${accepted.size} unique deliveries answered 2xx, ${stored.acceptedStored} of them stored, lost ${lost}${lost === 0 ? " ✓" : " ✗"} ` +
      `(non-2xx ${result.non2xx}, connection errors ${result.errors} while the server was down)`,
  );
}

if (!existsSync(".next/BUILD_ID")) throw new Error("Run `npm run build` first: the benchmark drives `next start`.");
const engines: BenchDatabase["engine"][] = [
  "pglite",
  ...(process.env.BENCH_DATABASE_URL || (await canConnect(5432)) ? (["postgres"] as const) : []),
];
for (const engine of engines) {
  if (CRASH) {
    const database = await prepareDatabase(engine);
    await crashTest(database);
    await database.cleanup();
    continue;
  }
  const rates: Record<string, number> = {};
  for (const target of ["next", "bare"] as const) {
    const database = await prepareDatabase(engine);
    rates[target] = await measure(target, database);
    await database.cleanup();
  }
  console.log(`  pipeline / bare = ${((rates.next ?? 0) / (rates.bare ?? 1)).toFixed(2)}`);
}
