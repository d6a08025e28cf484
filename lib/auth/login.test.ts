import { expect, it } from "vitest";
import { POST as nextAuthPost } from "@/app/api/auth/[...nextauth]/route";
import { describeWithDatabase } from "@/db/testing";
import { createTestActor, routeParams } from "@/lib/testing/actors";
import { authenticatePassword } from "./authenticate-password";
import { eq } from "drizzle-orm";
import { loginAttempts } from "@/db/schema";
import { purgeOldLogs } from "@/lib/maintenance/purge-old-logs";
import {
  EMAIL_FREE_FAILURES,
  LOGIN_MAX_FAILURES,
  checkLoginGate,
  emailDelayMs,
  recordLoginAttempt,
} from "./login-throttle";

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

  it("blocks an (e-mail, address) pair after five failures, even with the right password, with a retry hint", async () => {
    const { password } = await createTestActor(database().db, "viewer", "target@example.com");
    for (let attempt = 0; attempt < LOGIN_MAX_FAILURES; attempt += 1) {
      expect(
        await authenticatePassword({
          db: database().db,
          email: "target@example.com",
          password: "wrong",
          ip: "192.0.2.1",
        }),
      ).toMatchObject({ ok: false });
    }
    const blocked = await authenticatePassword({
      db: database().db,
      email: "target@example.com",
      password,
      ip: "192.0.2.1",
    });
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });
    if (blocked.ok || blocked.reason !== "rate_limited") throw new Error("expected a block");
    expect(blocked.retryAfterSeconds).toBeGreaterThan(800);
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(900);
  });

  it("slows guessing on one e-mail from many addresses with a growing, capped delay", async () => {
    const db = database().db;
    const email = "spread@example.com";
    const t0 = new Date("2026-03-01T10:00:00Z");
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    for (let attempt = 0; attempt < EMAIL_FREE_FAILURES; attempt += 1)
      await recordLoginAttempt({ db, email, ip: `192.0.2.${attempt + 10}`, succeeded: false, now: at(attempt) });
    // Five failures (the last at t0+4 s): the next try from a fresh address waits 2 s, and only that.
    expect(await checkLoginGate({ db, email, ip: "192.0.2.99", now: at(5) })).toEqual({
      isAllowed: false,
      retryAfterSeconds: 1,
    });
    expect(await checkLoginGate({ db, email, ip: "192.0.2.99", now: at(6) })).toEqual({ isAllowed: true });
    await recordLoginAttempt({ db, email, ip: "192.0.2.50", succeeded: false, now: at(6) });
    expect(await checkLoginGate({ db, email, ip: "192.0.2.99", now: at(8) })).toMatchObject({ isAllowed: false });
    expect(await checkLoginGate({ db, email, ip: "192.0.2.99", now: at(10) })).toEqual({ isAllowed: true });
    expect([5, 6, 7, 40].map(emailDelayMs)).toEqual([2_000, 4_000, 8_000, 300_000]);
  });

  it("never lets someone else's failures lock the owner out of an address they signed in from", async () => {
    const db = database().db;
    const { actor, password } = await createTestActor(db, "admin", "owner2@example.com");
    expect(await authenticatePassword({ db, email: actor.email, password, ip: "198.51.100.20" })).toMatchObject({
      ok: true,
    });
    // An attacker elsewhere fails fifty times, right now.
    for (let attempt = 0; attempt < 50; attempt += 1)
      await recordLoginAttempt({ db, email: actor.email, ip: `203.0.113.${attempt}`, succeeded: false });
    expect(await checkLoginGate({ db, email: actor.email, ip: "203.0.113.200" })).toMatchObject({ isAllowed: false });
    const owner = await authenticatePassword({ db, email: actor.email, password, ip: "198.51.100.20" });
    expect(owner).toMatchObject({ ok: true, user: { id: actor.userId } });
  });

  it("answers 429 with Retry-After at the sign-in endpoint once the pair is blocked", async () => {
    // Without a server socket (unit test) every request's address reads as "unknown".
    for (let attempt = 0; attempt < LOGIN_MAX_FAILURES; attempt += 1) {
      await authenticatePassword({ db: database().db, email: "someone@example.com", password: "x", ip: "unknown" });
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

  it("purges attempts older than a day in the daily retention pass", async () => {
    const db = database().db;
    const now = new Date();
    await recordLoginAttempt({
      db,
      email: "old@example.com",
      ip: "192.0.2.1",
      succeeded: false,
      now: new Date(now.getTime() - 25 * 3600_000),
    });
    await recordLoginAttempt({ db, email: "old@example.com", ip: "192.0.2.1", succeeded: false, now });
    const purged = await purgeOldLogs({ db, now });
    expect(purged.loginAttempts).toBeGreaterThanOrEqual(1);
    const left = await db.select().from(loginAttempts).where(eq(loginAttempts.email, "old@example.com"));
    expect(left).toHaveLength(1);
  });

  it("refuses a disabled user", async () => {
    const { actor, password } = await createTestActor(database().db, "viewer", "gone@example.com");
    const { users } = await import("@/db/schema");
    await database().db.update(users).set({ isDisabled: true }).where(eq(users.id, actor.userId));
    expect(
      await authenticatePassword({ db: database().db, email: "gone@example.com", password, ip: "198.51.100.9" }),
    ).toMatchObject({ ok: false });
  });
});
