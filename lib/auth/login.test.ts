import { expect, it } from "vitest";
import { POST as nextAuthPost } from "@/app/api/auth/[...nextauth]/route";
import { describeWithDatabase } from "@/db/testing";
import { createTestActor, routeParams } from "@/lib/testing/actors";
import { authenticatePassword } from "./authenticate-password";
import { LOGIN_MAX_FAILURES } from "./login-throttle";

describeWithDatabase("login", (database) => {
  it("accepts the right password and rejects a wrong one", async () => {
    const { actor, password } = await createTestActor(database().db, "admin", "owner@example.com");
    const ok = await authenticatePassword({
      db: database().db,
      email: "Owner@Example.com ",
      password,
      ip: "198.51.100.1",
    });
    expect(ok).toMatchObject({ ok: true, user: { id: actor.userId } });
    const bad = await authenticatePassword({
      db: database().db,
      email: "owner@example.com",
      password: "nope",
      ip: "198.51.100.1",
    });
    expect(bad).toEqual({ ok: false, reason: "invalid" });
  });

  it("blocks an e-mail after five failures, even with the right password, with a retry hint", async () => {
    const { password } = await createTestActor(database().db, "viewer", "target@example.com");
    for (let attempt = 0; attempt < LOGIN_MAX_FAILURES; attempt += 1) {
      const ip = `192.0.2.${attempt + 1}`;
      expect(
        await authenticatePassword({ db: database().db, email: "target@example.com", password: "wrong", ip }),
      ).toMatchObject({ ok: false });
    }
    const blocked = await authenticatePassword({
      db: database().db,
      email: "target@example.com",
      password,
      ip: "192.0.2.99",
    });
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });
    if (blocked.ok || blocked.reason !== "rate_limited") throw new Error("expected a block");
    expect(blocked.retryAfterSeconds).toBeGreaterThan(800);
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(900);
  });

  it("answers 429 with Retry-After at the sign-in endpoint once an IP is blocked", async () => {
    for (let attempt = 0; attempt < LOGIN_MAX_FAILURES; attempt += 1) {
      await authenticatePassword({
        db: database().db,
        email: `nobody${attempt}@example.com`,
        password: "x",
        ip: "203.0.113.50",
      });
    }
    const request = new Request("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.50" },
      body: new URLSearchParams({ email: "someone@example.com", password: "whatever", csrfToken: "x" }),
    });
    const response = await nextAuthPost(request, routeParams({ nextauth: ["callback", "credentials"] }));
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await response.json()).error).toBe("rate_limited");
  });

  it("refuses a disabled user", async () => {
    const { actor, password } = await createTestActor(database().db, "viewer", "gone@example.com");
    const { users } = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    await database().db.update(users).set({ isDisabled: true }).where(eq(users.id, actor.userId));
    expect(
      await authenticatePassword({ db: database().db, email: "gone@example.com", password, ip: "198.51.100.9" }),
    ).toMatchObject({ ok: false });
  });
});
