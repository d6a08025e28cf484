import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import { POST as postPassword } from "@/app/api/account/password/route";
import { GET as listIntegrations } from "@/app/api/integrations/route";
import { POST as postReset } from "@/app/api/users/[id]/reset-password/route";
import { auditLogs, users } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import type * as currentActor from "@/lib/auth/current-actor";
import { getActor, sessionActor } from "@/lib/auth/current-actor";
import { createTestActor, jsonRequest, routeParams } from "@/lib/testing/actors";
import { inviteUser } from "./manage-users";

vi.mock("@/lib/auth/current-actor", async (importOriginal) => ({
  ...(await importOriginal<CurrentActorModule>()),
  getActor: vi.fn(),
}));

type CurrentActorModule = typeof currentActor;

describeWithDatabase("passwords", (database) => {
  const db = () => database().db;
  let admin: Awaited<ReturnType<typeof createTestActor>>;
  const ip = "198.51.100.20";
  const signedInAs = (actor: Actor | null) => vi.mocked(getActor).mockResolvedValue(actor);
  const userRow = async (id: number) => (await db().select().from(users).where(eq(users.id, id)))[0]!;
  const changePassword = (body: unknown) =>
    postPassword(jsonRequest("/api/account/password", { body }), routeParams({}));
  const canSignIn = async (email: string, password: string) =>
    (await authenticatePassword({ db: db(), email, password, ip })).ok;

  beforeAll(async () => {
    admin = await createTestActor(db(), "admin");
  });

  it("an invited user must set their own password before using the console", async () => {
    const invited = await inviteUser({
      db: db(),
      actor: admin.actor,
      input: { email: "new.operator@example.com", password: "temporary-pass-1", role: "operator" },
    });
    const session = await sessionActor({ db: db(), uid: invited.id, ip });
    expect(session).toMatchObject({ mustChangePassword: true, role: "operator" });
    signedInAs(session);

    const blocked = await listIntegrations(jsonRequest("/api/integrations"), routeParams({}));
    expect(blocked.status).toBe(403);
    expect(await blocked.json()).toMatchObject({ reason: "password_change_required" });

    expect((await changePassword({ new_password: "temporary-pass-1" })).status).toBe(400); // must be a new one
    const set = await changePassword({ new_password: "my-own-password-1" });
    expect(set.status).toBe(200);
    const user = await userRow(invited.id);
    expect(user.mustChangePassword).toBe(false);
    // The session signed in with the temporary password is over; a new sign-in is a full user.
    expect(await sessionActor({ db: db(), uid: invited.id, ip })).toBeNull();
    const fresh = await sessionActor({ db: db(), uid: invited.id, pwdAt: user.passwordChangedAt!.getTime(), ip });
    expect(fresh?.mustChangePassword).toBeUndefined();
    expect(await canSignIn(invited.email, "temporary-pass-1")).toBe(false);
    expect(await canSignIn(invited.email, "my-own-password-1")).toBe(true);
    const [audit] = await db()
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, "user.password_set"), eq(auditLogs.targetId, String(invited.id))));
    expect(audit?.actorId).toBe(invited.id);
  });

  it("changing a password checks the current one", async () => {
    const viewer = await createTestActor(db(), "viewer");
    signedInAs({ ...viewer.actor, via: "session" });
    const wrong = await changePassword({ current_password: "not it at all", new_password: "brand-new-pass-2" });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).issues).toEqual([expect.objectContaining({ path: "current_password" })]);
    expect((await changePassword({ new_password: "brand-new-pass-2" })).status).toBe(400);
    expect((await changePassword({ current_password: viewer.password, new_password: "short" })).status).toBe(400);
    expect(await canSignIn(viewer.actor.email, viewer.password)).toBe(true);

    const changed = await changePassword({ current_password: viewer.password, new_password: "brand-new-pass-2" });
    expect(changed.status).toBe(200);
    expect(await canSignIn(viewer.actor.email, "brand-new-pass-2")).toBe(true);
    const [audit] = await db()
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, "user.password_changed"), eq(auditLogs.actorId, viewer.actor.userId)));
    expect(JSON.stringify(audit)).not.toContain("brand-new-pass-2");
  });

  it("an admin resets a forgotten password: a temporary one, shown once, to be replaced at sign-in", async () => {
    const real = await vi.importActual<CurrentActorModule>("@/lib/auth/current-actor");
    vi.mocked(getActor).mockImplementation(real.getActor); // bearer tokens, as an admin's script would call it
    const forgetful = await createTestActor(db(), "operator");
    const operator = await createTestActor(db(), "operator");
    const reset = (id: number, token: string) =>
      postReset(
        jsonRequest(`/api/users/${id}/reset-password`, { token, method: "POST" }),
        routeParams({ id: String(id) }),
      );
    expect((await reset(forgetful.actor.userId, operator.token)).status).toBe(403);
    expect((await reset(admin.actor.userId, admin.token)).status).toBe(409);

    const answered = await reset(forgetful.actor.userId, admin.token);
    expect(answered.status).toBe(200);
    const { temporaryPassword } = await answered.json();
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{16,}$/);
    expect((await userRow(forgetful.actor.userId)).mustChangePassword).toBe(true);
    expect(await canSignIn(forgetful.actor.email, forgetful.password)).toBe(false);
    expect(await canSignIn(forgetful.actor.email, temporaryPassword)).toBe(true);
    expect(await sessionActor({ db: db(), uid: forgetful.actor.userId, ip })).toBeNull(); // old sessions end

    const [audit] = await db()
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, "user.password_reset"), eq(auditLogs.targetId, String(forgetful.actor.userId))));
    expect(audit).toMatchObject({ actorId: admin.actor.userId, details: { email: forgetful.actor.email } });
    expect(JSON.stringify(audit)).not.toContain(temporaryPassword);
  });
});
