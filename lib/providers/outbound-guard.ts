import dns from "node:dns";
import net from "node:net";
import { Agent, buildConnector } from "undici";
import { getEnv } from "@/lib/env";

/** `forbidden`: link-local/metadata and other never-legitimate targets; `private`: loopback and internal ranges. */
export type AddressClass = "public" | "private" | "forbidden";

const v4 = (text: string) => text.split(".").map(Number) as [number, number, number, number];

function classifyV4(address: string): AddressClass {
  const [a, b] = v4(address);
  if (a === 169 && b === 254) return "forbidden"; // link-local, cloud metadata (169.254.169.254)
  if (a === 0 || a >= 224) return "forbidden"; // "this network", multicast, reserved, broadcast
  if (a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return "private";
  if (a === 100 && b >= 64 && b <= 127) return "private"; // carrier-grade NAT
  return "public";
}

/** The eight 16-bit groups of an IPv6 address (with any dotted IPv4 tail folded in). */
function groupsOf(address: string): number[] {
  let text = address.toLowerCase().split("%")[0]!;
  const dotted = text.match(/(\d{1,3}(?:\.\d{1,3}){3})$/)?.[1];
  if (dotted) {
    const [a, b, c, d] = v4(dotted);
    text = text.slice(0, -dotted.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].map((group) => parseInt(group, 16));
}

function classifyV6(address: string): AddressClass {
  const g = groupsOf(address);
  const embeddedV4 = () => `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
  const zeros = (n: number) => g.slice(0, n).every((group) => group === 0);
  if (zeros(5) && g[5] === 0xffff) return classifyV4(embeddedV4()); // IPv4-mapped ::ffff:a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((group) => group === 0)) return classifyV4(embeddedV4()); // NAT64 64:ff9b::a.b.c.d
  if (zeros(7) && g[7] === 1) return "private"; // ::1
  if (zeros(8)) return "forbidden"; // ::
  if (zeros(6)) return classifyV4(embeddedV4()); // deprecated IPv4-compatible ::a.b.c.d
  if ((g[0]! & 0xffc0) === 0xfe80) return "forbidden"; // link-local fe80::/10
  if ((g[0]! & 0xff00) === 0xff00) return "forbidden"; // multicast
  if (g[0] === 0xfd00 && g[1] === 0x0ec2 && g.slice(2, 7).every((group) => group === 0) && g[7] === 0x254)
    return "forbidden"; // AWS IPv6 metadata (fd00:ec2::254)
  if ((g[0]! & 0xfe00) === 0xfc00) return "private"; // unique local fc00::/7
  return "public";
}

export function classifyAddress(address: string): AddressClass {
  const family = net.isIP(address);
  if (family === 4) return classifyV4(address);
  if (family === 6) return classifyV6(address);
  return "forbidden";
}

export const privateAddressesAllowed = () => getEnv().KOPRU_ALLOW_PRIVATE_BASE_URLS === "1";

/** Raised at connect time when a provider host resolves to an address we never call. */
export class OutboundAddressError extends Error {
  readonly code = "EKOPRU_ADDRESS_REFUSED";
  constructor(
    readonly host: string,
    readonly address: string,
    readonly addressClass: Exclude<AddressClass, "public">,
  ) {
    super(
      addressClass === "forbidden"
        ? `${host} resolves to ${address}, a link-local or metadata address Köprü never calls`
        : `${host} resolves to ${address}, a private or loopback address; set KOPRU_ALLOW_PRIVATE_BASE_URLS=1 to allow it`,
    );
    this.name = "OutboundAddressError";
  }
}

/** Why `address` may not be called, or null when it may. */
export function refusal(host: string, address: string, allowPrivate: boolean): OutboundAddressError | null {
  const kind = classifyAddress(address);
  if (kind === "public" || (kind === "private" && allowPrivate)) return null;
  return new OutboundAddressError(host, address, kind);
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/** dns.lookup that refuses the whole answer when any address it returns is refused (no picking a lucky one). */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, options.all ? [] : "");
      for (const { address } of addresses) {
        const refused = refusal(hostname, address, allowPrivate);
        if (refused) return callback(refused as unknown as NodeJS.ErrnoException, options.all ? [] : "");
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} did not resolve`), { code: "ENOTFOUND" }), "");
      callback(null, first.address, first.family);
    });
  };
}

const agents = new Map<boolean, Agent>();

/**
 * The undici dispatcher every outbound call to a provider (and the alert webhook) uses: the address is checked when the
 * connection is made, after DNS, so a hostname that resolves (or re-resolves) to 169.254.169.254 or, without the
 * override, to a private range is refused however the URL was written. Literal-IP hosts skip DNS and are checked here.
 */
export function outboundDispatcher(allowPrivate = privateAddressesAllowed()): Agent {
  let agent = agents.get(allowPrivate);
  if (!agent) {
    const connect = buildConnector({ lookup: guardedLookup(allowPrivate) } as buildConnector.BuildOptions);
    agent = new Agent({
      connect: (options, callback) => {
        const host = options.hostname.replace(/^\[|\]$/g, "");
        const refused = net.isIP(host) ? refusal(host, host, allowPrivate) : null;
        if (refused) return callback(refused, null);
        return connect(options, callback);
      },
    });
    agents.set(allowPrivate, agent);
  }
  return agent;
}

/** The OutboundAddressError somewhere in a fetch failure's cause chain, if that is why it failed. */
export function addressRefusalIn(error: unknown): OutboundAddressError | null {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof OutboundAddressError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * Save-time check of a URL a secret will be sent to: only http(s), and a literal IP host must be allowed. Hostnames are
 * checked again at every connection (their DNS may change). Returns null or a reason key for `security.base_url_*`.
 */
export function baseUrlProblem(
  value: string,
  allowPrivate = privateAddressesAllowed(),
): "scheme" | "invalid" | "private" | "forbidden" | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "invalid";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "scheme";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return allowPrivate ? null : "private";
  if (!net.isIP(host)) return null;
  const refused = refusal(host, host, allowPrivate);
  return refused ? refused.addressClass : null;
}
