import { expect, it } from "vitest";
import { POST as setup } from "@/app/api/setup/route";
import { describeWithDatabase } from "@/db/testing";

const post = (body: string, headers: Record<string, string> = {}) =>
  setup(
    new Request("http://localhost/api/setup", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    }),
  );

describeWithDatabase("POST /api/setup", () => {
  it("refuses a body over 16 KB, whatever Content-Length says", async () => {
    const big = JSON.stringify({ email: "a@example.com", password: "x".repeat(20_000) });
    expect((await post(big)).status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = await setup(
      new Request("http://localhost/api/setup", { method: "POST", body: stream, duplex: "half" } as RequestInit),
    );
    expect(streamed.status).toBe(413);
  });

  it("creates the first admin, then answers 403 before reading or parsing anything", async () => {
    const created = await post(JSON.stringify({ email: "first@example.com", password: "first-admin-pass" }));
    expect(created.status).toBe(201);

    const again = await post(JSON.stringify({ email: "second@example.com", password: "second-admin-pass" }));
    expect(again.status).toBe(403);
    expect((await again.json()).messageKey).toBe("security.setup_closed");
    // A body that would be 413 (too big) or 400 (not JSON) if it were read is refused as closed first.
    expect((await post("x".repeat(1_000_000))).status).toBe(403);
    expect((await post("{not json")).status).toBe(403);
  });
});
