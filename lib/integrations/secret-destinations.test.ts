import { and, desc, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLogs } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { createTestActor } from "@/lib/testing/actors";
import { loadIntegrationCredentials } from "./load-credentials";
import { saveIntegrationConfig } from "./save-integration-config";

describeWithDatabase("moving an integration's secrets to another address", (database) => {
  let actor: Actor;
  const save = (type: string, body: Record<string, unknown>) =>
    saveIntegrationConfig({ db: database().db, actor, type, body });
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error as AppError,
    );

  beforeAll(async () => {
    actor = (await createTestActor(database().db, "admin")).actor;
    await save("trendyol", {
      seller_id: "1234",
      api_key: "key-one",
      api_secret: "secret-one",
      base_url: "http://127.0.0.1:4010/sapigw",
    });
  });

  it("is refused (400, naming the secrets) unless every stored secret is re-entered", async () => {
    const refused = await failure(save("trendyol", { base_url: "https://attacker.example/sapigw" }));
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: "invalid_input",
      details: {
        messageKey: "security.secrets_required_for_url_change",
        missing_fields: ["api_key", "api_secret"],
        issues: [
          expect.objectContaining({ path: ["api_key"], message: "security.reenter_secret" }),
          expect.objectContaining({ path: ["api_secret"] }),
        ],
      },
    });
    // One secret is not enough either.
    expect(await failure(save("trendyol", { base_url: "https://attacker.example", api_key: "k" }))).toMatchObject({
      details: { missing_fields: ["api_secret"] },
    });
    const { credentials } = await loadIntegrationCredentials<{ base_url: string }>({
      db: database().db,
      id: "trendyol",
    });
    expect(credentials.base_url).toBe("http://127.0.0.1:4010/sapigw");
  });

  it("needs nothing when only the path changes or the field is unchanged", async () => {
    await save("trendyol", { base_url: "http://127.0.0.1:4010/other", seller_id: "1234", api_key: "" });
    await save("trendyol", { base_url: "http://127.0.0.1:4010/sapigw", is_active: false });
  });

  it("goes through with the secrets re-entered and is audited with the old and new address", async () => {
    await save("trendyol", { base_url: "http://127.0.0.1:4999/sapigw", api_key: "key-two", api_secret: "secret-two" });
    const [row] = await database()
      .db.select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, "integration.updated"), eq(auditLogs.targetId, "trendyol")))
      .orderBy(desc(auditLogs.id))
      .limit(1);
    expect(row?.details).toMatchObject({
      url_changes: [{ field: "base_url", from: "http://127.0.0.1:4010/sapigw", to: "http://127.0.0.1:4999/sapigw" }],
    });
    expect(JSON.stringify(row?.details)).not.toContain("secret-two");
  });

  it("covers Shopify's shop domain and Aras' query URL too", async () => {
    await save("shopify", { shop_domain: "demo.myshopify.com", access_token: "shpat_1", client_secret: "cs_123456" });
    expect(await failure(save("shopify", { shop_domain: "evil.myshopify.com" }))).toMatchObject({
      details: { missing_fields: expect.arrayContaining(["client_secret", "access_token"]) },
    });
    await save("aras", { username: "u", password: "p", customer_code: "c", query_password: "qp" });
    expect(await failure(save("aras", { query_url: "https://attacker.example/query" }))).toMatchObject({
      details: { missing_fields: ["password", "query_password"] },
    });
  });

  it("refuses link-local and metadata addresses whatever the override says", async () => {
    const refused = await failure(
      save("stripe", {
        publishable_key: "pk_1",
        secret_key: "sk_1",
        webhook_secret: "whsec_1",
        base_url: "http://169.254.169.254/",
      }),
    );
    expect(refused).toMatchObject({
      code: "invalid_input",
      details: { issues: [expect.objectContaining({ path: ["base_url"], message: "security.base_url_forbidden" })] },
    });
  });
});
