import { beforeAll, expect, it, vi } from "vitest";
import { POST as importProducts } from "@/app/api/products/import/route";
import { PUT as putAlerts } from "@/app/api/settings/alerts/route";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { createTestActor, routeParams } from "@/lib/testing/actors";

// The session cookie itself is next-auth's business; what is under test is what apiRoute does with a cookie actor.
const current: { actor: Actor | null } = { actor: null };
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => current.actor }));

const CONSOLE = "http://localhost";
const alerts = { emails: ["ops@example.com"] };

function put(headers: Record<string, string>, body: string | undefined = JSON.stringify(alerts)) {
  return putAlerts(new Request(`${CONSOLE}/api/settings/alerts`, { method: "PUT", headers, body }), routeParams({}));
}

describeWithDatabase("cookie-authenticated writes", (database) => {
  let admin: Actor;
  beforeAll(async () => {
    admin = (await createTestActor(database().db, "admin")).actor;
  });

  it("are refused (403) from another origin or with no origin at all", async () => {
    current.actor = { ...admin, via: "session" };
    for (const headers of <Record<string, string>[]>[
      { "content-type": "application/json", origin: "https://evil.example" },
      { "content-type": "application/json", origin: "null" },
      { "content-type": "application/json", "sec-fetch-site": "same-site", origin: "http://sub.localhost" },
      { "content-type": "application/json" },
    ]) {
      const answer = await put(headers);
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(await answer.json()).toMatchObject({ error: "forbidden", messageKey: "security.cross_origin" });
    }
  });

  it("need a JSON body (415 otherwise), from the console's origin or Sec-Fetch-Site: same-origin", async () => {
    current.actor = { ...admin, via: "session" };
    const formPost = await put({ origin: CONSOLE, "content-type": "text/plain" });
    expect(formPost.status).toBe(415);
    expect(await formPost.json()).toMatchObject({
      error: "unsupported_media_type",
      messageKey: "security.content_type",
    });
    expect((await put({ origin: CONSOLE, "content-type": "application/x-www-form-urlencoded" })).status).toBe(415);
    expect((await put({ origin: CONSOLE, "content-type": "application/json; charset=utf-8" })).status).toBe(200);
    expect((await put({ "sec-fetch-site": "same-origin", "content-type": "application/json" })).status).toBe(200);
  });

  it("take CSV only on the product import", async () => {
    current.actor = { ...admin, via: "session" };
    const csv = (type: string) =>
      importProducts(
        new Request(`${CONSOLE}/api/products/import`, {
          method: "POST",
          headers: { origin: CONSOLE, "content-type": type },
          body: "sku,name\n",
        }),
        routeParams({}),
      );
    expect((await csv("text/csv")).status).not.toBe(415);
    expect((await csv("text/plain")).status).toBe(415);
    expect((await put({ origin: CONSOLE, "content-type": "text/csv" })).status).toBe(415);
  });

  it("do not apply to API tokens (Bearer), which browsers never send by themselves", async () => {
    current.actor = { ...admin, via: "token" };
    expect((await put({ "content-type": "application/json" })).status).toBe(200);
  });
});
