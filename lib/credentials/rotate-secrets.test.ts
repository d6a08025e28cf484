import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { alertSettings, integrations } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { openSecrets, sealSecrets } from "@/lib/integrations/integration-secrets";
import { sealV1 } from "@/lib/testing/legacy-cipher";
import { SLACK_URL_CONTEXT, decryptSecret, keyIdOf } from "./cipher";
import { buildKeyring } from "./keyring";
import { rotateSecrets } from "./rotate-secrets";

const newKey = () => randomBytes(32).toString("base64");

describeWithDatabase("key rotation", (database) => {
  const db = () => database().db;

  it("re-encrypts every stored secret under the new key, which then reads without the old one", async () => {
    const oldKey = newKey();
    const nextKey = newKey();
    const before = buildKeyring(oldKey, undefined);
    await db()
      .insert(integrations)
      .values([
        {
          id: "trendyol",
          kind: "marketplace",
          secretsCiphertext: sealSecrets("trendyol", { api_secret: "a" }, before),
        },
        {
          id: "stripe",
          kind: "payment",
          secretsCiphertext: sealSecrets("stripe", { secret_key: "sk_test_x" }, before),
        },
      ]);

    const during = buildKeyring(nextKey, oldKey);
    expect(await rotateSecrets({ db: db(), keyring: during })).toEqual({ rotated: 2, skipped: 0 });
    expect(await rotateSecrets({ db: db(), keyring: during })).toEqual({ rotated: 0, skipped: 2 });

    const after = buildKeyring(nextKey, undefined);
    const rows = await db().select().from(integrations);
    for (const row of rows) expect(keyIdOf(row.secretsCiphertext!)).toBe(after.current.id);
    const byId = Object.fromEntries(rows.map((row) => [row.id, openSecrets(row.id, row.secretsCiphertext, after)]));
    expect(byId).toEqual({ trendyol: { api_secret: "a" }, stripe: { secret_key: "sk_test_x" } });
    await db().delete(integrations);
  });

  it("upgrades v1 rows (no binding) to v2 bound to their integration, Slack URL included", async () => {
    const keyring = buildKeyring(newKey(), undefined);
    await db()
      .insert(integrations)
      .values([
        { id: "iyzico", kind: "payment", secretsCiphertext: sealV1(JSON.stringify({ secret_key: "iyz" }), keyring) },
        { id: "shopify", kind: "marketplace", secretsCiphertext: sealV1(JSON.stringify({ token: "shp" }), keyring) },
      ]);
    await db()
      .insert(alertSettings)
      .values({ id: 1, slackWebhookCiphertext: sealV1("https://hooks.slack.com/services/T/B/x", keyring) })
      .onConflictDoUpdate({
        target: alertSettings.id,
        set: { slackWebhookCiphertext: sealV1("https://hooks.slack.com/services/T/B/x", keyring) },
      });
    // v1 values still read before the upgrade.
    const [legacy] = await db().select().from(integrations).where(eq(integrations.id, "iyzico"));
    expect(openSecrets("iyzico", legacy!.secretsCiphertext, keyring)).toEqual({ secret_key: "iyz" });

    expect(await rotateSecrets({ db: db(), keyring })).toEqual({ rotated: 3, skipped: 0 });
    const rows = await db().select().from(integrations);
    for (const row of rows) expect(row.secretsCiphertext).toMatch(/^v2:/);
    const [iyzico] = rows.filter((row) => row.id === "iyzico");
    expect(openSecrets("iyzico", iyzico!.secretsCiphertext, keyring)).toEqual({ secret_key: "iyz" });
    // Now bound: the same value pasted into Shopify's row does not open there.
    expect(() => openSecrets("shopify", iyzico!.secretsCiphertext, keyring)).toThrow();
    const [alerts] = await db().select().from(alertSettings);
    expect(alerts!.slackWebhookCiphertext).toMatch(/^v2:/);
    expect(decryptSecret(alerts!.slackWebhookCiphertext!, keyring, SLACK_URL_CONTEXT)).toBe(
      "https://hooks.slack.com/services/T/B/x",
    );
    expect(await rotateSecrets({ db: db(), keyring })).toEqual({ rotated: 0, skipped: 3 });
  });
});
