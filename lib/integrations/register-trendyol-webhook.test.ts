import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWithDatabase } from "@/db/testing";
import { startTrendyolFake, type TrendyolFake } from "@/lib/providers/trendyol/fake-server";
import type { TrendyolCredentials } from "@/lib/providers/trendyol";
import { verifyTrendyolWebhook } from "@/lib/providers/trendyol/webhook";
import { createTestActor } from "@/lib/testing/actors";
import { FAKE_TRENDYOL, configureTrendyol } from "@/lib/testing/trendyol-fixture";
import { loadIntegrationCredentials } from "./load-credentials";
import { registerTrendyolWebhook } from "./register-trendyol-webhook";

describeWithDatabase("Register Trendyol webhook", (database) => {
  // One fake per engine: its subscriptions must start empty for each database.
  let fake: TrendyolFake;
  beforeAll(async () => {
    fake = await startTrendyolFake({ ...FAKE_TRENDYOL, tier: "unlimited" });
  });
  afterAll(() => fake.close());

  it("creates the subscription with a generated API key, stores that key, and updates the same subscription next time", async () => {
    const db = database().db;
    const { actor } = await createTestActor(db, "admin");
    await configureTrendyol(db, actor, fake.baseUrl, { webhook_username: "old", webhook_password: "old-pass" });

    const first = await registerTrendyolWebhook({ db, actor, origin: "https://kopru.example.com/" });
    expect(first).toMatchObject({ created: true, url: "https://kopru.example.com/api/integrations/webhook/ty" });
    const { credentials } = await loadIntegrationCredentials<TrendyolCredentials>({ db, id: "trendyol" });
    expect(credentials.webhook_api_key).toBe(fake.state.webhooks[0]?.apiKey);
    expect(credentials.webhook_username).toBeUndefined();
    // A push carrying the registered key verifies against what Köprü stored.
    const headers = new Headers({ "x-api-key": credentials.webhook_api_key! });
    expect(verifyTrendyolWebhook({ rawBody: "{}", headers, credentials })).toEqual({ ok: true });

    const second = await registerTrendyolWebhook({ db, actor, origin: "https://kopru.example.com" });
    expect(second).toMatchObject({ created: false, subscriptionId: first.subscriptionId });
    expect(fake.state.webhooks).toHaveLength(1);
    expect(fake.state.webhooks[0]?.apiKey).not.toBe(credentials.webhook_api_key);
  });
});
