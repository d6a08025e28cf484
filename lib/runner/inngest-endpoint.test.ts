import { describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/inngest/route";
import { inngestDevProblem, onlyInInngestMode } from "./inngest-endpoint";

describe("/api/inngest", () => {
  it("answers 404 in embedded mode (tests run embedded)", async () => {
    const context = { params: Promise.resolve({}) };
    expect((await GET(new Request("http://localhost/api/inngest") as never, context as never)).status).toBe(404);
    const put = new Request("http://localhost/api/inngest", { method: "PUT", body: "{}" });
    expect((await PUT(put as never, context as never)).status).toBe(404);
  });

  it("serves the Inngest handler in Inngest mode", async () => {
    const served = onlyInInngestMode(
      async () => new Response("served"),
      () => "inngest",
    );
    expect(await (await served()).text()).toBe("served");
    const hidden = onlyInInngestMode(
      async () => new Response("served"),
      () => "embedded",
    );
    expect((await hidden()).status).toBe(404);
  });
});

describe("INNGEST_DEV in production", () => {
  it("is refused with a message naming the override", () => {
    expect(inngestDevProblem({ NODE_ENV: "production", INNGEST_DEV: "1" })).toMatch(
      /KOPRU_ALLOW_INNGEST_DEV_IN_PRODUCTION=1/,
    );
  });

  it("is allowed with the override, in development, or when off", () => {
    expect(
      inngestDevProblem({ NODE_ENV: "production", INNGEST_DEV: "1", KOPRU_ALLOW_INNGEST_DEV_IN_PRODUCTION: "1" }),
    ).toBeNull();
    expect(inngestDevProblem({ NODE_ENV: "development", INNGEST_DEV: "1" })).toBeNull();
    expect(inngestDevProblem({ NODE_ENV: "production" })).toBeNull();
  });
});
