import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProviderError } from "@/lib/errors";
import { baseUrlProblem, classifyAddress } from "./outbound-guard";
import { createProviderFetch } from "./provider-fetch";

describe("address classes", () => {
  it("treats link-local and metadata addresses as forbidden in every spelling", () => {
    for (const address of [
      "169.254.169.254",
      "169.254.0.1",
      "fe80::1",
      "febf::1",
      "::ffff:169.254.169.254",
      "::ffff:a9fe:a9fe",
      "64:ff9b::169.254.169.254",
      "fd00:ec2::254",
      "0.0.0.0",
      "::",
    ])
      expect(classifyAddress(address), address).toBe("forbidden");
  });

  it("treats loopback and internal ranges as private, the rest as public", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "100.64.0.1", "::1", "fd12::1"])
      expect(classifyAddress(address), address).toBe("private");
    expect(classifyAddress("::ffff:127.0.0.1")).toBe("private");
    for (const address of ["8.8.8.8", "172.32.0.1", "2001:4860::8888", "::ffff:8.8.8.8"])
      expect(classifyAddress(address), address).toBe("public");
  });
});

describe("provider calls at connect time", () => {
  const server = createServer((_req, res) => res.end("ok"));
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const call = (url: string, allowPrivateAddresses: boolean) =>
    createProviderFetch({ provider: "trendyol", allowPrivateAddresses, timeoutMs: 5_000 })(url);

  it("refuses 169.254.169.254 even with KOPRU_ALLOW_PRIVATE_BASE_URLS", async () => {
    const refused = await call("http://169.254.169.254/latest/meta-data/", true).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProviderError);
    expect(refused).toMatchObject({ kind: "invalid_request", messageKey: "errors.outbound_refused_forbidden" });
    await expect(call("http://[::ffff:169.254.169.254]/", true)).rejects.toMatchObject({
      messageKey: "errors.outbound_refused_forbidden",
    });
  });

  it("refuses loopback without the override, by literal IP and by a name that resolves to it", async () => {
    await expect(call(`http://127.0.0.1:${port}/`, false)).rejects.toMatchObject({
      messageKey: "errors.outbound_refused_private",
    });
    await expect(call(`http://localhost:${port}/`, false)).rejects.toMatchObject({
      messageKey: "errors.outbound_refused_private",
    });
    expect(await (await call(`http://127.0.0.1:${port}/`, true)).text()).toBe("ok");
  });
});

describe("base URL check at save time", () => {
  it("names what is wrong with a URL secrets would be sent to", () => {
    expect(baseUrlProblem("http://169.254.169.254/", true)).toBe("forbidden");
    expect(baseUrlProblem("http://[fe80::1]/", true)).toBe("forbidden");
    expect(baseUrlProblem("http://127.0.0.1:4010", false)).toBe("private");
    expect(baseUrlProblem("http://localhost:4010", false)).toBe("private");
    expect(baseUrlProblem("http://127.0.0.1:4010", true)).toBeNull();
    expect(baseUrlProblem("file:///etc/passwd", true)).toBe("scheme");
    expect(baseUrlProblem("https://api.trendyol.com/sapigw", false)).toBeNull();
  });
});
