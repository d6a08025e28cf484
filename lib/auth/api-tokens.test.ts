import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { GET as listIntegrations } from "@/app/api/integrations/route";
import { POST as postSync } from "@/app/api/integrations/[id]/sync/route";
import { GET as listTokens, POST as postToken } from "@/app/api/tokens/route";
import { GET as getMetrics } from "@/app/api/metrics/route";
import { apiTokens, users } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { createTestActor, jsonRequest, routeParams } from "@/lib/testing/actors";

describeWithDatabase("API token scopes and expiry", (database) => {
  const db = () => database().db;
  let admin: Awaited<ReturnType<typeof createTestActor>>;

  beforeAll(async () => {
    admin = await createTestActor(db(), "admin");
  });

  const create = async (body: Record<string, unknown>, token = admin.token) =>
    postToken(jsonRequest("/api/tokens", { token, body }), routeParams({}));

  it("a read-scope token made by an admin can read but cannot POST", async () => {
    const created = await create({ name: "dashboard", scope: "read" });
    expect(created.status).toBe(201);
    const { token, scope } = await created.json();
    expect(scope).toBe("read");
    const read = await listIntegrations(jsonRequest("/api/integrations", { token }), routeParams({}));
    expect(read.status).toBe(200);
    const write = await postSync(
      jsonRequest("/api/integrations/trendyol/sync", { token, body: { kind: "orders_in" } }),
      routeParams({ id: "trendyol" }),
    );
    expect(write.status).toBe(403);
    expect((await create({ name: "escalate", scope: "admin" }, token)).status).toBe(403);
  });

  it("defaults a new token to read scope", async () => {
    expect((await (await create({ name: "no scope given" })).json()).scope).toBe("read");
  });

  it("refuses an expired token with 401 and its own message, and an expiry in the past", async () => {
    const created = await (
      await create({ name: "short-lived", scope: "admin", expires_at: new Date(Date.now() + 60_000).toISOString() })
    ).json();
    expect((await listTokens(jsonRequest("/api/tokens", { token: created.token }), routeParams({}))).status).toBe(200);
    await db()
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, created.id));
    const refused = await listTokens(
      new Request("http://localhost/api/tokens", {
        headers: { authorization: `Bearer ${created.token}`, "accept-language": "en" },
      }),
      routeParams({}),
    );
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({
      error: "unauthorized",
      reason: "token_expired",
      message: "This API token has expired. Create a new one under Settings.",
    });
    const metrics = await getMetrics(
      new Request("http://localhost/api/metrics", { headers: { authorization: `Bearer ${created.token}` } }),
    );
    expect(metrics.status).toBe(401);

    const past = await create({ name: "already over", expires_at: new Date(Date.now() - 60_000).toISOString() });
    expect(past.status).toBe(400);
    expect((await past.json()).issues[0].path).toBe("expires_at");
  });

  it("never lets a token do more than its creator's current role", async () => {
    const created = await (await create({ name: "ops script", scope: "admin" })).json();
    await db().update(users).set({ role: "viewer" }).where(eq(users.id, admin.actor.userId));
    try {
      const demoted = await listTokens(jsonRequest("/api/tokens", { token: created.token }), routeParams({}));
      expect(demoted.status).toBe(403);
    } finally {
      await db().update(users).set({ role: "admin" }).where(eq(users.id, admin.actor.userId));
    }
  });

  it("lists each token's scope and expiry", async () => {
    const { tokens } = await (
      await listTokens(jsonRequest("/api/tokens", { token: admin.token }), routeParams({}))
    ).json();
    expect(tokens).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "dashboard", scope: "read", expiresAt: null }),
        expect.objectContaining({ name: "short-lived", scope: "admin", expiresAt: expect.any(String) }),
      ]),
    );
  });
});
