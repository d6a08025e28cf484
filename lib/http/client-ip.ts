import { getEnv } from "@/lib/env";

/**
 * The header the Node server stamps with the TCP peer's address before Next sees a request (instrumentation.ts,
 * `stampSocketAddress`), overwriting whatever a client sent under that name.
 */
export const SOCKET_ADDRESS_HEADER = "x-kopru-socket-address";

const stampFlag = globalThis as { __kopruSocketAddressStamped?: boolean };

/** True once this process stamps every incoming request; until then the header could be the client's own. */
export const isSocketAddressStamped = () => stampFlag.__kopruSocketAddressStamped === true;

export function markSocketAddressStamped(): void {
  stampFlag.__kopruSocketAddressStamped = true;
}

type HeaderSource = Headers | Record<string, unknown> | undefined | null;

function read(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(",") : undefined;
}

/** `::ffff:203.0.113.7` is the IPv4 peer 203.0.113.7; brackets and a trailing port are not part of an address. */
function normalise(address: string | undefined): string | undefined {
  const trimmed = address?.trim();
  if (!trimmed) return undefined;
  const unbracketed = trimmed.match(/^\[([^\]]+)\](?::\d+)?$/)?.[1] ?? trimmed;
  const withoutPort = /^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(unbracketed) ? unbracketed.split(":")[0]! : unbracketed;
  return withoutPort.replace(/^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i, "$1");
}

/**
 * The client's address: the socket peer, unless KOPRU_TRUSTED_PROXY_HOPS=N says N reverse proxies we trust stand in
 * front of us; then it is the Nth address from the right of X-Forwarded-For (each trusted proxy appends the peer it
 * saw, so everything further left is whatever the client claimed). The webhook allowlist, the login throttle and the
 * audit log all use this one answer. "unknown" when the server did not stamp the socket address.
 */
export function clientIp(headers: HeaderSource, options: { trustedProxyHops?: number } = {}): string {
  const hops = options.trustedProxyHops ?? getEnv().KOPRU_TRUSTED_PROXY_HOPS ?? 0;
  const socket = isSocketAddressStamped() ? normalise(read(headers, SOCKET_ADDRESS_HEADER)) : undefined;
  if (hops > 0) {
    const chain = (read(headers, "x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    // Fewer entries than proxies: the request skipped a proxy, so the leftmost entry is the furthest we can go.
    if (chain.length > 0) return normalise(chain[Math.max(0, chain.length - hops)]) ?? "unknown";
  }
  return socket ?? "unknown";
}
