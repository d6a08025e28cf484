import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { POST as postConfig } from "@/app/api/integrations/[id]/config/route";
import { GET as getOne } from "@/app/api/integrations/[id]/route";
import { GET as listAll } from "@/app/api/integrations/route";
import { auditLogs, integrations } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { createTestActor, jsonRequest, routeParams } from "@/lib/testing/actors";

const TRENDYOL_SECRET = "tyl-secret-value-9876";

describeWithDatabase("integration config API", (database) => {
  let admin: { token: string };
  let viewer: { token: string };

  beforeAll(async () => {
    admin = await createTestActor(database().db, "admin");
    viewer = await createTestActor(database().db, "viewer");
  });

  const save = (type: string, body: unknown, token: string | null = admin.token) =>
    postConfig(
      jsonRequest(`/api/integrations/${type}/config`, { token: token ?? undefined, body }),
      routeParams({ id: type }),
    );

  it("saves Trendyol settings and answers them with secrets masked", async () => {
    const response = await save("trendyol", {
      is_active: true,
      seller_id: "123456",
      api_key: "tyl-key-1111",
      api_secret: TRENDYOL_SECRET,
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      id: "trendyol",
      is_active: true,
      status: "active",
      settings: { seller_id: "123456", base_url: "https://apigw.trendyol.com" },
    });
    expect(body.secrets.api_secret).toBe("••••9876");
    expect(JSON.stringify(body)).not.toContain(TRENDYOL_SECRET);
    expect(body.sync_minutes).toEqual({ products_out: 30, stock_price_out: 30, orders_in: 5, catalog_in: 10_080 });
  });

  it("stores no plaintext secret in the database row", async () => {
    const [row] = await database().db.select().from(integrations).where(eq(integrations.id, "trendyol"));
    const raw = JSON.stringify(row);
    expect(raw).not.toContain(TRENDYOL_SECRET);
    expect(raw).not.toContain("tyl-key-1111");
    expect(row?.secretsCiphertext).toMatch(/^v2:[0-9a-f]{8}:/);
  });

  it("keeps a stored secret when the field is sent empty, and changes it when re-typed", async () => {
    const kept = await (await save("trendyol", { api_secret: "", sync_minutes: { orders_in: 10 } })).json();
    expect(kept.secrets.api_secret).toBe("••••9876");
    expect(kept.sync_minutes.orders_in).toBe(10);
    const changed = await (await save("trendyol", { api_secret: "another-secret-4321" })).json();
    expect(changed.secrets.api_secret).toBe("••••4321");
  });

  it("answers 400 with a message per invalid field", async () => {
    const response = await save("shopify", { shop_domain: "not a domain", access_token: "", client_secret: "x" });
    expect(response.status).toBe(400);
    const body = await response.json();
    const paths = body.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toContain("shop_domain");
    expect(paths).toContain("access_token");
    expect(body.message).toMatch(/shop_domain/);
  });

  it("answers 400 for an unknown field and for malformed JSON", async () => {
    expect((await save("stripe", { secret_key: "sk_test_1", surprise: "x" })).status).toBe(400);
    expect((await save("stripe", "{not json")).status).toBe(400);
  });

  it("answers 401 without credentials, 401 with a bad token, 403 for a viewer, 404 for an unknown type", async () => {
    expect((await save("trendyol", { is_active: false }, null)).status).toBe(401);
    expect((await save("trendyol", { is_active: false }, "kpr_not-a-real-token")).status).toBe(401);
    const forbidden = await save("trendyol", { is_active: false }, viewer.token);
    expect(forbidden.status).toBe(403);
    expect((await save("amazon", { is_active: true })).status).toBe(404);
  });

  it("lets a viewer read through its API token", async () => {
    const list = await listAll(jsonRequest("/api/integrations", { token: viewer.token }), routeParams({}));
    expect(list.status).toBe(200);
    const { integrations: all } = await list.json();
    expect(all.map((item: { id: string }) => item.id)).toEqual([
      "trendyol",
      "hepsiburada",
      "shopify",
      "iyzico",
      "stripe",
      "aras",
      "luca",
    ]);
    const one = await getOne(
      jsonRequest("/api/integrations/shopify", { token: viewer.token }),
      routeParams({ id: "shopify" }),
    );
    expect(await one.json()).toMatchObject({ id: "shopify", status: "not_configured", sync_minutes: { orders_in: 5 } });
  });

  it("records an audit row per change, without secrets", async () => {
    const rows = await database()
      .db.select()
      .from(auditLogs)
      .where(sql`${auditLogs.action} like 'integration.%'`);
    expect(rows.map((row) => row.action)).toEqual([
      "integration.created",
      "integration.updated",
      "integration.updated",
    ]);
    expect(rows[0]).toMatchObject({ targetId: "trendyol", ip: "203.0.113.7" });
    expect(rows[0]?.actorEmail).toMatch(/^admin-/);
    expect(JSON.stringify(rows)).not.toMatch(/tyl-secret|another-secret|tyl-key/);
  });
});
