import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWithDatabase } from "@/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { recordFailures } from "@/lib/issues/record-failure";
import { createTestActor } from "@/lib/testing/actors";
import { plainText as plain, startSmtp } from "@/lib/testing/smtp";
import { saveAlertSettings } from "./alert-settings";
import { dispatchAlerts } from "./dispatch-alerts";
import { sendTestAlert } from "./send-test-alert";

describeWithDatabase("alerts", (database) => {
  const db = () => database().db;
  let actor: Actor;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let slack: Server;
  let slackUrl: string;
  const slackPayloads: unknown[] = [];

  beforeAll(async () => {
    actor = (await createTestActor(db(), "admin")).actor;
    smtp = await startSmtp();
    slack = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        slackPayloads.push(JSON.parse(body));
        res.end("ok");
      });
    });
    await new Promise<void>((resolve) => slack.listen(0, "127.0.0.1", resolve));
    slackUrl = `http://127.0.0.1:${(slack.address() as AddressInfo).port}/services/T000/B000/secretpart`;
    await saveAlertSettings({
      db: db(),
      actor,
      input: { emails: ["ops@example.com"], slack_webhook_url: slackUrl, locale: "en" },
    });
  });
  afterAll(async () => {
    await smtp.close();
    await new Promise((resolve) => slack.close(resolve));
  });

  it("50 failures make one e-mail and one Slack message naming the integration, how often, and the issue link", async () => {
    await recordFailures({
      db: db(),
      integrationId: "trendyol",
      kind: "sync_run",
      operation: "orders_in",
      occurrences: Array.from({ length: 50 }, (_, n) => ({
        message: `Trendyol rejected the credentials (HTTP 401) for request ${n}; Authorization: Basic c2VjcmV0OnNlY3JldA==`,
        syncRunId: n + 1,
      })),
    });
    const first = await dispatchAlerts({ db: db(), smtpUrl: smtp.url });
    const second = await dispatchAlerts({ db: db(), smtpUrl: smtp.url });
    // A new failure within the hour is counted, but not mailed again.
    await recordFailures({
      db: db(),
      integrationId: "trendyol",
      kind: "sync_run",
      operation: "orders_in",
      occurrences: [
        { message: "Trendyol rejected the credentials (HTTP 401) for request 51; Authorization: Basic eA==" },
      ],
    });
    const third = await dispatchAlerts({ db: db(), smtpUrl: smtp.url });
    expect([first.messages, second.messages, third.messages]).toEqual([1, 0, 0]);

    expect(smtp.mails).toHaveLength(1);
    const mail = plain(smtp.mails[0]!.raw);
    expect(smtp.mails[0]!.to).toEqual(["ops@example.com"]);
    expect(mail).toContain("Trendyol");
    expect(mail).toContain("Sync orders_in");
    expect(mail).toContain("Failed 50 times");
    expect(mail).toMatch(/\/issues\/\d+/);
    expect(mail).not.toContain("c2VjcmV0OnNlY3JldA==");

    expect(slackPayloads).toHaveLength(1);
    const text = (slackPayloads[0] as { text: string }).text;
    expect(text).toContain("Trendyol");
    expect(text).toContain("Failed 50 times");
    expect(text).not.toContain("c2VjcmV0OnNlY3JldA==");
  });

  it("many issues opening at once go out as one digest", async () => {
    for (const operation of ["a", "b", "c", "d", "e", "f", "g"])
      await recordFailures({
        db: db(),
        integrationId: "shopify",
        kind: "webhook",
        operation: `orders/${operation}`,
        occurrences: [{ message: "Unknown SKU" }],
      });
    const before = smtp.mails.length;
    expect((await dispatchAlerts({ db: db(), smtpUrl: smtp.url })).messages).toBe(1);
    expect(smtp.mails).toHaveLength(before + 1);
    expect(plain(smtp.mails.at(-1)!.raw)).toContain("Several things are failing at once");
  });

  it("the test alert reaches both channels and says so", async () => {
    const before = slackPayloads.length;
    expect(await sendTestAlert({ db: db(), actor, smtpUrl: smtp.url })).toEqual({ email: "sent", slack: "sent" });
    expect(slackPayloads).toHaveLength(before + 1);
    expect(plain(smtp.mails.at(-1)!.raw)).toContain("test alert");
  });
});
