import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { SMTPServer } from "smtp-server";
import { ensureAdmin } from "./console-helpers";
import { E2E_SMTP_PORT } from "./smtp-helpers";
import { TRENDYOL_FAKE, TRENDYOL_FAKE_URL } from "./trendyol-fake-helpers";

// The issue's operations story: break Trendyol's credentials, run a sync, see the issue and the degraded card, receive
// the alert e-mail (at a local SMTP server the console's SMTP_URL points at), fix the credentials, replay, see the
// issue resolve itself.
test.describe.configure({ mode: "serial" });

const ALERT_TO = "ops@kopru.test";
const mails: string[] = [];
let smtp: SMTPServer;

/** Enough quoted-printable decoding to search a message body for words. */
const plain = (raw: string) =>
  raw
    .replace(/=\r?\n/g, "")
    .replace(/(=[0-9A-F]{2})+/g, (match) => Buffer.from(match.replace(/=/g, ""), "hex").toString("utf8"));

test.beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push(plain(Buffer.concat(chunks).toString()));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(E2E_SMTP_PORT, "127.0.0.1", resolve));
  expect((smtp.server.address() as AddressInfo).port).toBe(E2E_SMTP_PORT);
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const configureTrendyol = (page: Page, apiSecret: string, isActive = true) =>
  page.request.post("/api/integrations/trendyol/config", {
    data: {
      is_active: isActive,
      seller_id: TRENDYOL_FAKE.sellerId,
      api_key: TRENDYOL_FAKE.apiKey,
      api_secret: apiSecret,
      base_url: TRENDYOL_FAKE_URL,
      cargo_company_id: TRENDYOL_FAKE.cargoCompanyId,
      default_brand_id: TRENDYOL_FAKE.brandId,
      default_category_id: TRENDYOL_FAKE.categoryId,
    },
  });

type IssueRow = { id: number; kind: string; operation: string; status: string; count: number };
const ordersInIssue = async (page: Page, status = "all") => {
  const answer = await page.request.get(`/api/issues?integration=trendyol&kind=sync_run&status=${status}`);
  return ((await answer.json()) as { issues: IssueRow[] }).issues.find((issue) => issue.operation === "orders_in");
};

test("broken credentials: the failed sync becomes one issue, the card turns degraded, one e-mail arrives; fixed and replayed, it resolves", async ({
  page,
}) => {
  await ensureAdmin(page);
  const settings = await page.request.put("/api/settings/alerts", {
    data: { emails: [ALERT_TO], consecutive_failures: 1, degraded_after_minutes: 0, stuck_after_minutes: 60 },
  });
  expect(settings.ok()).toBe(true);

  expect((await configureTrendyol(page, "not-the-secret")).ok()).toBe(true);
  const sync = await page.request.post("/api/integrations/trendyol/sync", { data: { kind: "orders_in" } });
  expect([202, 409]).toContain(sync.status()); // 409: a scheduled orders_in run got there first; it fails the same way

  await expect.poll(async () => (await ordersInIssue(page, "active"))?.status, { timeout: 30_000 }).toBe("open");
  const issue = (await ordersInIssue(page))!;

  await page.goto("/issues?integration=trendyol");
  const row = page.getByTestId(`issue-row-${issue.id}`);
  await expect(row).toContainText("Trendyol");
  await expect(row).toContainText("orders_in");
  await expect(row.getByTestId("issue-status")).toHaveText("Açık");

  await page.goto("/integrations");
  const health = page.getByTestId("integration-health-trendyol");
  await expect(health.locator("[data-health]")).toHaveAttribute("data-health", "degraded");
  await expect(health).toContainText("Sorunlu");
  await expect(health).toContainText("açık sorun");

  await page.goto("/");
  await expect(page.getByTestId("dashboard-integration-trendyol")).toContainText("Sorunlu");

  // The operations watch runs every 15 s; the alert names the integration and links to the issue, once.
  await expect
    .poll(() => mails.filter((mail) => mail.includes(`/issues/${issue.id}`)).length, { timeout: 45_000 })
    .toBe(1);
  const mail = mails.find((candidate) => candidate.includes(`/issues/${issue.id}`))!;
  expect(mail).toContain(ALERT_TO);
  expect(mail).toContain("Trendyol");
  expect(mail).toContain("orders_in");
  expect(mail).not.toContain("not-the-secret");

  expect((await configureTrendyol(page, TRENDYOL_FAKE.apiSecret)).ok()).toBe(true);
  // While a retry attempt is running there is nothing to replay; between attempts the waiting run can be run now.
  const replay = page.getByRole("button", { name: /Bu sorundakilerin tümünü yeniden çalıştır \(1\)/ });
  await expect(async () => {
    await page.goto(`/issues/${issue.id}`);
    await expect(replay).toBeEnabled({ timeout: 1_000 });
  }).toPass({ timeout: 45_000, intervals: [1_000] });
  await replay.click();
  const dialog = page.getByRole("dialog", { name: "Bu sorundaki her şey yeniden çalıştırılsın mı?" });
  await dialog.getByRole("button", { name: "1 kaydı yeniden çalıştır" }).click();
  await expect(page.getByRole("status")).toContainText("yeniden çalıştırıldı");

  await expect.poll(async () => (await ordersInIssue(page))?.status, { timeout: 45_000 }).toBe("resolved");
  await page.reload();
  await expect(page.getByTestId("issue-status")).toHaveText("Çözüldü");
  await page.goto("/integrations");
  await expect(page.getByTestId("integration-health-trendyol").locator("[data-health]")).toHaveAttribute(
    "data-health",
    "healthy",
  );
  expect(mails.filter((candidate) => candidate.includes(`/issues/${issue.id}`))).toHaveLength(1);

  // Leave Trendyol off and alerts unaddressed for the specs after this one.
  expect((await configureTrendyol(page, TRENDYOL_FAKE.apiSecret, false)).ok()).toBe(true);
  expect((await page.request.put("/api/settings/alerts", { data: { emails: [] } })).ok()).toBe(true);
});
