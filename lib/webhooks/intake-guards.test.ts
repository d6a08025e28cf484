import { describe, expect, it } from "vitest";
import { isIpAllowed, parseCidr } from "./ip-allowlist";
import { createRateLimiter } from "./rate-limit";

describe("IP allowlist", () => {
  it("allows everyone when empty and only listed ranges otherwise", () => {
    expect(isIpAllowed("203.0.113.9", [])).toBe(true);
    const list = ["198.51.100.0/24", "2001:db8::/32", "192.0.2.7"];
    expect(isIpAllowed("198.51.100.200", list)).toBe(true);
    expect(isIpAllowed("::ffff:198.51.100.1", list)).toBe(true);
    expect(isIpAllowed("2001:db8::1", list)).toBe(true);
    expect(isIpAllowed("192.0.2.7", list)).toBe(true);
    expect(isIpAllowed("192.0.2.8", list)).toBe(false);
    expect(isIpAllowed("unknown", list)).toBe(false);
  });

  it("recognises malformed ranges", () => {
    expect(parseCidr("10.0.0.0/33")).toBeNull();
    expect(parseCidr("not-an-ip")).toBeNull();
    expect(parseCidr("10.0.0.0/8")).toEqual({ address: "10.0.0.0", prefix: 8, family: "ipv4" });
  });
});

describe("webhook rate limiter", () => {
  it("lets a burst through, then answers with the wait until the next token, per key", () => {
    let now = 0;
    const limiter = createRateLimiter({ perSecond: 2, burst: 3, now: () => now });
    expect([1, 2, 3].map(() => limiter.take("shopify").ok)).toEqual([true, true, true]);
    expect(limiter.take("shopify")).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take("stripe").ok).toBe(true);
    now = 500;
    expect(limiter.take("shopify").ok).toBe(true);
    expect(limiter.take("shopify").ok).toBe(false);
  });
});
