import { createHmac, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { beforeAll, expect, it } from "vitest";
import { GET as getHealth } from "@/app/api/integrations/health/[provider]/route";
import { GET as listHealth } from "@/app/api/integrations/health/route";
import { POST as issueAction } from "@/app/api/issues/[id]/[action]/route";
import { GET as getIssueRoute } from "@/app/api/issues/[id]/route";
import { GET as listIssuesRoute } from "@/app/api/issues/route";
import { GET as getMetricsRoute } from "@/app/api/metrics/route";
import { GET as getAlertSettings, PUT as putAlertSettings } from "@/app/api/settings/alerts/route";
import { integrationHealth, integrations } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";
import { recordProviderCall } from "@/lib/operations/watch-provider-calls";
import { createTestActor, jsonRequest, routeParams } from "@/lib/testing/actors";
import { receiveWebhook } from "@/lib/webhooks/receive-webhook";
import { PROVIDERS } from "@/lib/providers/registry";

const SHOP = {
  shop_domain: "metrics-store.myshopify.com",
  access_token: "shpat_metrics0123456789",
  webhook_secret: "metrics-test-secret-1234",
};

function shopifyDelivery(): Request {
  const sample = PROVIDERS.shopify.webhook!.buildSample("orders/create", SHOP);
  const hmac = createHmac("sha256", SHOP.webhook_secret).update(sample.body).digest("base64");
  return new Request("http://localhost/api/integrations/webhook/shopify", {
    method: "POST",
    headers: { ...sample.headers, "x-shopify-webhook-id": randomUUID(), "x-shopify-hmac-sha256": hmac },
    body: sample.body,
  });
}

type Families = ReturnType<typeof parsePrometheusTextFormat>;
const sampleValue = (families: Families, name: string, labels: Record<string, string>) => {
  const family = families.find((candidate) => candidate.name === name);
  const sample = family?.metrics.find((metric) =>
    Object.entries(labels).every(([key, value]) => metric.labels?.[key] === value),
  );
  return Number(sample?.value ?? 0);
};

describeWithDatabase("metrics, health and issues API", (database) => {
  const db = () => database().db;
  let adminToken: string;
  let viewerToken: string;

  const scrape = async (token?: string) => getMetricsRoute(jsonRequest("/api/metrics", { token }));

  beforeAll(async () => {
    const admin = await createTestActor(db(), "admin");
    adminToken = admin.token;
    viewerToken = (await createTestActor(db(), "viewer")).token;
    await saveIntegrationConfig({ db: db(), actor: admin.actor, type: "shopify", body: { is_active: true, ...SHOP } });
  });

  it("answers 401 without a valid token", async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape("kpr_not-a-real-token-000000")).status).toBe(401);
  });

  it("parses as Prometheus exposition and counts a delivered webhook and a provider call", async () => {
    const before = parsePrometheusTextFormat(await (await scrape(viewerToken)).text());
    const accepted = { provider: "shopify", outcome: "accepted" };
    const { response } = await receiveWebhook({ provider: "shopify", req: shopifyDelivery() });
    expect(response.status).toBe(200);
    await recordProviderCall(db(), {
      provider: "trendyol",
      endpoint: "/integration/order/sellers/:id/orders",
      method: "GET",
      status: 503,
      seconds: 0.25,
    });

    const answer = await scrape(viewerToken);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const families = parsePrometheusTextFormat(await answer.text());
    expect(sampleValue(families, "kopru_webhook_deliveries_total", accepted)).toBe(
      sampleValue(before, "kopru_webhook_deliveries_total", accepted) + 1,
    );
    expect(sampleValue(families, "kopru_webhook_events_pending", { provider: "shopify", status: "received" })).toBe(1);
    expect(
      sampleValue(families, "integration_requests_total", {
        provider: "trendyol",
        endpoint: "/integration/order/sellers/:id/orders",
        status: "503",
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(families.find((family) => family.name === "integration_response_time_seconds")?.type).toBe("HISTOGRAM");
    expect(sampleValue(families, "kopru_open_issues", { integration: "trendyol", kind: "provider_call" })).toBe(1);
    expect(families.some((family) => family.name === "process_cpu_user_seconds_total")).toBe(true);
  });

  it("lists the provider outage as an issue that an admin can acknowledge and a viewer cannot", async () => {
    const list = await listIssuesRoute(
      jsonRequest("/api/issues?integration=trendyol", { token: viewerToken }),
      routeParams({}),
    );
    const { issues } = (await list.json()) as { issues: { id: number; kind: string; status: string; count: number }[] };
    expect(issues).toEqual([expect.objectContaining({ kind: "provider_call", status: "open", count: 1 })]);
    const id = String(issues[0]!.id);

    const detail = await getIssueRoute(jsonRequest(`/api/issues/${id}`, { token: viewerToken }), routeParams({ id }));
    expect(await detail.json()).toMatchObject({ replay: { target: "none", count: 0 }, samples: [expect.any(Object)] });

    const denied = await issueAction(
      jsonRequest(`/api/issues/${id}/acknowledge`, { token: viewerToken, method: "POST" }),
      routeParams({ id, action: "acknowledge" }),
    );
    expect(denied.status).toBe(403);
    const acknowledged = await issueAction(
      jsonRequest(`/api/issues/${id}/acknowledge`, { token: adminToken, method: "POST" }),
      routeParams({ id, action: "acknowledge" }),
    );
    expect(await acknowledged.json()).toMatchObject({ status: "acknowledged" });
  });

  it("reports an integration failing longer than the threshold as degraded (503), and healthy again after a success", async () => {
    await db().insert(integrations).values({ id: "trendyol", kind: "marketplace", isActive: true });
    const health = () =>
      getHealth(
        jsonRequest("/api/integrations/health/trendyol", { token: viewerToken }),
        routeParams({ provider: "trendyol" }),
      );
    expect((await health()).status).toBe(200); // failing, but not yet for 30 minutes

    await db()
      .update(integrationHealth)
      .set({ failingSince: new Date(Date.now() - 31 * 60_000) })
      .where(eq(integrationHealth.integrationId, "trendyol"));
    const degraded = await health();
    expect(degraded.status).toBe(503);
    const body = (await degraded.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: "degraded", service: "trendyol", consecutive_failures: 1, open_issues: 1 });
    expect(JSON.stringify(body)).not.toMatch(/secret|shpat_/i);
    expect(
      (await listHealth(jsonRequest("/api/integrations/health", { token: viewerToken }), routeParams({}))).status,
    ).toBe(503);

    await recordProviderCall(db(), {
      provider: "trendyol",
      endpoint: "/integration/order/sellers/:id/orders",
      method: "GET",
      status: 200,
      seconds: 0.1,
    });
    const healthy = await health();
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toMatchObject({ status: "healthy", open_issues: 0 });
  });

  it("keeps alert settings for admins only and never returns the Slack URL in clear", async () => {
    const slack = "https://hooks.slack.com/services/T000/B000/abcdefghijklmnop";
    const denied = await putAlertSettings(
      jsonRequest("/api/settings/alerts", { token: viewerToken, method: "PUT", body: { emails: [] } }),
      routeParams({}),
    );
    expect(denied.status).toBe(403);
    const saved = await putAlertSettings(
      jsonRequest("/api/settings/alerts", {
        token: adminToken,
        method: "PUT",
        body: { emails: ["Ops@Example.com"], slack_webhook_url: slack, consecutive_failures: 5 },
      }),
      routeParams({}),
    );
    expect(saved.status).toBe(200);
    const read = await (
      await getAlertSettings(jsonRequest("/api/settings/alerts", { token: adminToken }), routeParams({}))
    ).json();
    expect(read).toEqual({
      emails: ["ops@example.com"],
      slack_webhook_url: "••••mnop",
      consecutive_failures: 5,
      degraded_after_minutes: 30,
      stuck_after_minutes: 30,
      locale: "tr",
    });
    const invalid = await putAlertSettings(
      jsonRequest("/api/settings/alerts", { token: adminToken, method: "PUT", body: { emails: ["not-an-address"] } }),
      routeParams({}),
    );
    expect(invalid.status).toBe(400);
  });
});
