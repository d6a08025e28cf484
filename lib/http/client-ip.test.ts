import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeWithDatabase } from "@/db/testing";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";
import { createTestActor } from "@/lib/testing/actors";
import { PROVIDERS } from "@/lib/providers/registry";
import { forgetWebhookIntegration } from "@/lib/webhooks/webhook-integration-cache";
import { receiveWebhook } from "@/lib/webhooks/receive-webhook";
import { SOCKET_ADDRESS_HEADER, clientIp } from "./client-ip";
import { stampSocketAddress } from "./stamp-socket-address";

describe("clientIp before the server stamps requests", () => {
  it("trusts neither X-Forwarded-For nor a client-sent socket header", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.7", [SOCKET_ADDRESS_HEADER]: "203.0.113.7" });
    expect(clientIp(headers, { trustedProxyHops: 0 })).toBe("unknown");
  });
});

describe("clientIp behind trusted proxies", () => {
  it("takes the Nth address from the right of X-Forwarded-For", () => {
    const headers = new Headers({ "x-forwarded-for": "10.9.9.9, 198.51.100.20, 192.0.2.1" });
    expect(clientIp(headers, { trustedProxyHops: 1 })).toBe("192.0.2.1");
    expect(clientIp(headers, { trustedProxyHops: 2 })).toBe("198.51.100.20");
    // A forged entry the client put first is never reached unless more hops are trusted than proxies exist.
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.20" }), { trustedProxyHops: 1 })).toBe(
      "198.51.100.20",
    );
    expect(clientIp({ "x-forwarded-for": "::ffff:198.51.100.20" }, { trustedProxyHops: 1 })).toBe("198.51.100.20");
  });
});

/** A Node server like `next start`'s: stamped, handing each request to the webhook intake. */
async function startWebhookServer(): Promise<{ url: string; close: () => Promise<void> }> {
  stampSocketAddress();
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const request = new Request(`http://localhost${req.url}`, {
      method: req.method,
      headers,
      body: Buffer.concat(chunks),
    });
    const { response } = await receiveWebhook({ provider: "shopify", req: request });
    res.writeHead(response.status, { "content-type": "application/json" });
    res.end(JSON.stringify({ ...(await response.json()), seenIp: clientIp(headers, { trustedProxyHops: 0 }) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describeWithDatabase("webhook IP allowlist and the client address", (database) => {
  let server: Awaited<ReturnType<typeof startWebhookServer>>;
  beforeAll(async () => {
    server = await startWebhookServer();
  });
  afterAll(() => server.close());

  const config = { shop_domain: "demo-store.myshopify.com", access_token: "shpat_x", client_secret: "whsec-123456" };
  const configureAllowlist = async (allowlist: string[]) => {
    const { actor } = await createTestActor(database().db, "admin");
    await saveIntegrationConfig({
      db: database().db,
      actor,
      type: "shopify",
      body: { ...config, is_active: false, webhook_ip_allowlist: allowlist },
    });
    forgetWebhookIntegration("shopify");
  };
  const deliverForged = async () => {
    const sample = PROVIDERS.shopify.webhook!.buildSample("products/update", config);
    const forged = {
      "x-forwarded-for": "203.0.113.10",
      [SOCKET_ADDRESS_HEADER]: "203.0.113.10",
      "x-real-ip": "203.0.113.10",
    };
    const response = await fetch(server.url, {
      method: "POST",
      headers: { ...sample.headers, ...forged },
      body: sample.body,
    });
    return { status: response.status, body: (await response.json()) as { seenIp: string } };
  };

  it("a forged X-Forwarded-For (or socket header) does not pass the allowlist", async () => {
    await configureAllowlist(["203.0.113.0/24"]);
    const answer = await deliverForged();
    expect(answer.status).toBe(403);
    expect(answer.body.seenIp).toBe("127.0.0.1");
  });

  it("the real peer address is what the allowlist checks", async () => {
    await configureAllowlist(["127.0.0.1"]);
    expect((await deliverForged()).status).toBe(200);
  });
});
