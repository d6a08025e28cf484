import net from "node:net";

/** Parses "10.0.0.0/8" or a bare address; returns null when it is neither. */
export function parseCidr(value: string): { address: string; prefix: number; family: "ipv4" | "ipv6" } | null {
  const [address = "", prefixText] = value.trim().split("/");
  const version = net.isIP(address);
  if (version === 0) return null;
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) return null;
  return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

/** True when `ip` falls in one of the CIDR ranges; an empty list allows every address. */
export function isIpAllowed(ip: string, allowlist: readonly string[]): boolean {
  if (allowlist.length === 0) return true;
  const candidate = ip.replace(/^::ffff:/, "");
  const family = net.isIP(candidate) === 6 ? "ipv6" : "ipv4";
  if (net.isIP(candidate) === 0) return false;
  const blockList = new net.BlockList();
  for (const entry of allowlist) {
    const cidr = parseCidr(entry);
    if (cidr) blockList.addSubnet(cidr.address, cidr.prefix, cidr.family);
  }
  return blockList.check(candidate, family);
}
