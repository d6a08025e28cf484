import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { GET as getCredentials } from "@/app/api/integrations/[id]/webhook-credentials/route";
import { auditLogs } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { verifyHepsiburadaWebhook } from "@/lib/providers/hepsiburada/webhook";
import { PROVIDERS } from "@/lib/providers/registry";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { createTestActor, jsonRequest, routeParams } from "@/lib/testing/actors";
import { readWebhookCredentials } from "./read-webhook-credentials";
import { saveIntegrationConfig } from "./save-integration-config";

const basic = (user: string, password: string) =>
  new Headers({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}` });

describeWithDatabase("generated webhook credentials", (database) => {
  let admin: { actor: Actor; token: string };
  let viewer: { token: string };
  const db = () => database().db;
  const credentials = async (id: string) =>
    Object.fromEntries(
      (await readWebhookCredentials({ db: db(), actor: admin.actor, id })).fields.map((f) => [f.name, f.value]),
    );

  beforeAll(async () => {
    admin = await createTestActor(db(), "admin");
    viewer = await createTestActor(db(), "viewer");
  });

  it("are made up when Hepsiburada is activated, and a delivery carrying them is accepted", async () => {
    const base = {
      merchant_id: "3f2b6a1e-0000-4000-8000-000000000001",
      service_key: "service-key-123",
      developer_username: "dev-user",
    };
    await saveIntegrationConfig({ db: db(), actor: admin.actor, type: "hepsiburada", body: { ...base } });
    expect(await credentials("hepsiburada")).toEqual({ webhook_username: null, webhook_password: null });

    // Before activation a test delivery could only be refused: it says which credentials are missing instead.
    const eventType = PROVIDERS.hepsiburada.webhook!.eventTypes[0]!;
    await expect(
      sendTestWebhook({
        db: db(),
        actor: admin.actor,
        provider: "hepsiburada",
        eventType,
        appUrl: "http://127.0.0.1:9",
      }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      details: {
        messageKey: "errors.webhook_credentials_missing",
        params: { fields: "webhook_username, webhook_password" },
      },
    });

    await saveIntegrationConfig({ db: db(), actor: admin.actor, type: "hepsiburada", body: { is_active: true } });
    const made = await credentials("hepsiburada");
    expect(made.webhook_username).toMatch(/^kopru-[0-9a-f]{12}$/);
    expect(made.webhook_password!.length).toBeGreaterThanOrEqual(32);
    const auth = { webhook_username: made.webhook_username!, webhook_password: made.webhook_password! };
    expect(
      verifyHepsiburadaWebhook({
        rawBody: "{}",
        headers: basic(auth.webhook_username, auth.webhook_password),
        credentials: auth,
      }),
    ).toEqual({ ok: true });

    // Saving again keeps them; an admin may still set their own.
    await saveIntegrationConfig({ db: db(), actor: admin.actor, type: "hepsiburada", body: { is_active: true } });
    expect(await credentials("hepsiburada")).toEqual(made);
    await saveIntegrationConfig({
      db: db(),
      actor: admin.actor,
      type: "hepsiburada",
      body: { webhook_username: "own-user", webhook_password: "own-password-456" },
    });
    expect(await credentials("hepsiburada")).toEqual({
      webhook_username: "own-user",
      webhook_password: "own-password-456",
    });
  });

  it("Trendyol gets an API key on activation (registration replaces it with the one it registers)", async () => {
    await saveIntegrationConfig({
      db: db(),
      actor: admin.actor,
      type: "trendyol",
      body: { is_active: true, seller_id: "123", api_key: "k", api_secret: "s" },
    });
    const made = await credentials("trendyol");
    expect(Object.keys(made)).toEqual(["webhook_api_key"]);
    expect(made.webhook_api_key!.length).toBeGreaterThanOrEqual(32);
  });

  it("are shown in full to admins only, and each read is audited", async () => {
    const url = "/api/integrations/trendyol/webhook-credentials";
    expect(
      (await getCredentials(jsonRequest(url, { token: viewer.token }), routeParams({ id: "trendyol" }))).status,
    ).toBe(403);
    const response = await getCredentials(jsonRequest(url, { token: admin.token }), routeParams({ id: "trendyol" }));
    expect(response.status).toBe(200);
    const audited = await db()
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.action, "integration.webhook_credentials_viewed"));
    expect(audited.length).toBeGreaterThan(0);
  });
});
