import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as getAudit } from "@/app/api/audit/route";
import { POST as postConfig } from "@/app/api/integrations/[id]/config/route";
import { GET as getIntegration } from "@/app/api/integrations/[id]/route";
import { POST as postSync } from "@/app/api/integrations/[id]/sync/route";
import { GET as getAlerts } from "@/app/api/settings/alerts/route";
import { GET as listTokens, POST as postToken } from "@/app/api/tokens/route";
import { PATCH as patchUser } from "@/app/api/users/[id]/route";
import { GET as listUsers, POST as postUser } from "@/app/api/users/route";
import { POST as postReplay } from "@/app/api/webhooks/[eventId]/replay/route";
import { syncRuns, webhookEvents } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { startTrendyolFake, type TrendyolFake } from "@/lib/providers/trendyol/fake-server";
import { createTestActor, jsonRequest, routeParams } from "@/lib/testing/actors";
import { FAKE_TRENDYOL, configureTrendyol } from "@/lib/testing/trendyol-fixture";

let fake: TrendyolFake;
beforeAll(async () => {
  fake = await startTrendyolFake({ ...FAKE_TRENDYOL });
});
afterAll(() => fake.close());

describeWithDatabase("roles: the operator between admin and viewer", (database) => {
  const db = () => database().db;
  let admin: Awaited<ReturnType<typeof createTestActor>>;
  let operator: Awaited<ReturnType<typeof createTestActor>>;
  let viewer: Awaited<ReturnType<typeof createTestActor>>;

  beforeAll(async () => {
    admin = await createTestActor(db(), "admin");
    operator = await createTestActor(db(), "operator");
    viewer = await createTestActor(db(), "viewer");
    await configureTrendyol(db(), admin.actor, fake.baseUrl);
  });

  it("lets an operator run a sync, and refuses a viewer", async () => {
    const sync = (token: string) =>
      postSync(
        jsonRequest("/api/integrations/trendyol/sync", { token, body: { kind: "orders_in" } }),
        routeParams({ id: "trendyol" }),
      );
    expect((await sync(viewer.token)).status).toBe(403);
    const accepted = await sync(operator.token);
    expect(accepted.status).toBe(202);
    const [run] = await db()
      .select()
      .from(syncRuns)
      .where(eq(syncRuns.id, (await accepted.json()).run_id));
    expect(run).toMatchObject({ kind: "orders_in", integrationId: "trendyol" });
  });

  it("lets an operator replay a webhook delivery, and refuses a viewer", async () => {
    const [event] = await db()
      .insert(webhookEvents)
      .values({
        provider: "trendyol",
        integrationId: "trendyol",
        dedupeKey: "roles-replay",
        status: "failed",
        headers: {},
        rawBody: "{}",
      })
      .returning();
    const replay = (token: string) =>
      postReplay(
        jsonRequest(`/api/webhooks/${event!.id}/replay`, { token, method: "POST" }),
        routeParams({ eventId: String(event!.id) }),
      );
    const refused = await replay(viewer.token);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toBe("forbidden");
    expect((await replay(operator.token)).status).toBe(202);
  });

  it("refuses an operator credentials, users, tokens, alert settings and the audit log", async () => {
    const forbidden = async (response: Promise<Response>) => {
      const answered = await response;
      expect(answered.status).toBe(403);
      expect(await answered.json()).toMatchObject({ error: "forbidden", messageKey: "errors.admin_only" });
    };
    const token = operator.token;
    await forbidden(
      postConfig(
        jsonRequest("/api/integrations/trendyol/config", { token, body: { api_secret: "stolen-1234567" } }),
        routeParams({ id: "trendyol" }),
      ),
    );
    await forbidden(listUsers(jsonRequest("/api/users", { token }), routeParams({})));
    await forbidden(
      postUser(
        jsonRequest("/api/users", {
          token,
          body: { email: "x@example.com", password: "long-enough-pw", role: "admin" },
        }),
        routeParams({}),
      ),
    );
    await forbidden(
      patchUser(
        jsonRequest(`/api/users/${operator.actor.userId}`, { token, method: "PATCH", body: { role: "admin" } }),
        routeParams({ id: String(operator.actor.userId) }),
      ),
    );
    await forbidden(listTokens(jsonRequest("/api/tokens", { token }), routeParams({})));
    await forbidden(postToken(jsonRequest("/api/tokens", { token, body: { name: "mine" } }), routeParams({})));
    await forbidden(getAlerts(jsonRequest("/api/settings/alerts", { token }), routeParams({})));
    await forbidden(getAudit(jsonRequest("/api/audit", { token }), routeParams({})));
  });

  it("shows secret hints to admins only; operators see that a secret is set, never any of it", async () => {
    const read = async (token: string) =>
      (
        await getIntegration(jsonRequest("/api/integrations/trendyol", { token }), routeParams({ id: "trendyol" }))
      ).json();
    expect((await read(admin.token)).secrets.api_secret).toBe(`••••${FAKE_TRENDYOL.apiSecret.slice(-4)}`);
    for (const token of [operator.token, viewer.token]) {
      const view = await read(token);
      expect(view.secrets.api_secret).toBe("••••");
      expect(JSON.stringify(view)).not.toContain(FAKE_TRENDYOL.apiSecret.slice(-4));
    }
  });
});
