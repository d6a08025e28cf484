import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { POST as emailLink } from "@/app/api/payments/links/[id]/email/route";
import { auditLogs, paymentLinks } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { createTestActor, jsonRequest, routeParams } from "@/lib/testing/actors";
import { plainText, startSmtp } from "@/lib/testing/smtp";
import { emailPaymentLink } from "./email-payment-link";
import { insertOrder } from "./testing";

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());

describeWithDatabase("e-mailing a payment link", (database) => {
  const db = () => database().db;
  let admin: { actor: Actor; token: string };
  let viewer: { token: string };
  let orderNumber: string;
  let linkId: string;

  beforeAll(async () => {
    admin = await createTestActor(db(), "admin");
    viewer = await createTestActor(db(), "viewer");
    orderNumber = `SIP-${Math.random().toString(36).slice(2, 8)}`;
    const orderId = await insertOrder(db(), { totalKurus: 24990, number: orderNumber });
    linkId = `link-${Math.random().toString(36).slice(2)}`;
    await db()
      .insert(paymentLinks)
      .values({
        id: linkId,
        orderId,
        provider: "stripe",
        amountKurus: 24990,
        currency: "TRY",
        providerRef: `pi_${linkId}`,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
  });

  const send = (locale: "tr" | "en", to = "ayse@example.com") =>
    emailPaymentLink({
      db: db(),
      actor: admin.actor,
      linkId,
      to,
      locale,
      publicUrl: "https://shop.example/",
      smtpUrl: smtp.url,
      from: "Köprü <odeme@kopru.test>",
    });

  it("sends the link and the amount in the buyer's language, remembers the address and audits it masked", async () => {
    expect(await send("tr")).toEqual({ sentTo: "ayse@example.com" });
    const turkish = smtp.mails.at(-1)!;
    expect(turkish.to).toEqual(["ayse@example.com"]);
    const text = plainText(turkish.raw);
    expect(text).toContain(`https://shop.example/pay/${linkId}`);
    expect(text).toContain("₺249,90");
    expect(text).toContain(`Sipariş ${orderNumber} için`);

    await send("en", "buyer@example.org");
    const english = plainText(smtp.mails.at(-1)!.raw);
    expect(english).toMatch(new RegExp(`You can pay TRY\\s249\\.90 for order ${orderNumber}`));
    expect(english).toContain(`https://shop.example/pay/${linkId}`);

    const [link] = await db().select().from(paymentLinks).where(eq(paymentLinks.id, linkId));
    expect(link?.emailedTo).toBe("buyer@example.org");
    const audits = await db()
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, "payment.link_emailed"), eq(auditLogs.actorEmail, admin.actor.email)));
    expect(audits.map((row) => row.details)).toEqual([
      { link: linkId, provider: "stripe", to: "a***@example.com", locale: "tr" },
      { link: linkId, provider: "stripe", to: "b***@example.org", locale: "en" },
    ]);
  });

  it("refuses with coded errors: no SMTP server set up, an unreachable one, an expired link", async () => {
    const before = smtp.mails.length;
    await expect(
      emailPaymentLink({
        db: db(),
        actor: admin.actor,
        linkId,
        to: "a@b.co",
        locale: "tr",
        publicUrl: "x",
        smtpUrl: null,
      }),
    ).rejects.toMatchObject({ code: "invalid_input", details: { messageKey: "errors.payments.email_not_configured" } });
    await expect(
      emailPaymentLink({
        db: db(),
        actor: admin.actor,
        linkId,
        to: "a@b.co",
        locale: "tr",
        publicUrl: "x",
        smtpUrl: "smtp://127.0.0.1:1",
      }),
    ).rejects.toMatchObject({
      code: "provider_unavailable",
      details: { messageKey: "errors.payments.email_failed", smtpMessage: expect.any(String) },
    });
    await expect(
      emailPaymentLink({
        db: db(),
        actor: admin.actor,
        linkId,
        to: "a@b.co",
        locale: "tr",
        publicUrl: "x",
        smtpUrl: smtp.url,
        now: new Date(Date.now() + 2 * 86_400_000),
      }),
    ).rejects.toMatchObject({ code: "conflict", details: { messageKey: "errors.payments.link_not_open" } });
    expect(smtp.mails).toHaveLength(before);
  });

  it("the API checks the address and the language, refuses viewers, and names an unknown link", async () => {
    const post = (token: string, id: string, body: unknown) =>
      emailLink(jsonRequest(`/api/payments/links/${id}/email`, { token, body }), routeParams({ id }));
    const invalid = await post(admin.token, linkId, { to: "not-an-address", locale: "de" });
    expect(invalid.status).toBe(400);
    const issues = ((await invalid.json()) as { issues: { path: string }[] }).issues.map((issue) => issue.path);
    expect(issues.sort()).toEqual(["locale", "to"]);
    expect((await post(viewer.token, linkId, { to: "a@b.co", locale: "tr" })).status).toBe(403);
    const unknown = await post(admin.token, "no-such-link", { to: "a@b.co", locale: "en" });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toBe("Bu ödeme bağlantısı bulunamadı.");
  });
});
