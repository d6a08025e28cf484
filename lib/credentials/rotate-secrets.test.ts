import { randomBytes } from "node:crypto";
import { expect, it } from "vitest";
import { integrations } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { openSecrets, sealSecrets } from "@/lib/integrations/integration-secrets";
import { keyIdOf } from "./cipher";
import { buildKeyring } from "./keyring";
import { rotateSecrets } from "./rotate-secrets";

describeWithDatabase("key rotation", (database) => {
  it("re-encrypts every stored secret under the new key, which then reads without the old one", async () => {
    const oldKey = randomBytes(32).toString("base64");
    const newKey = randomBytes(32).toString("base64");
    const before = buildKeyring(oldKey, undefined);
    await database()
      .db.insert(integrations)
      .values([
        { id: "trendyol", kind: "marketplace", secretsCiphertext: sealSecrets({ api_secret: "a-secret" }, before) },
        { id: "stripe", kind: "payment", secretsCiphertext: sealSecrets({ secret_key: "sk_test_x" }, before) },
      ]);

    const during = buildKeyring(newKey, oldKey);
    expect(await rotateSecrets({ db: database().db, keyring: during })).toEqual({ rotated: 2, skipped: 0 });
    expect(await rotateSecrets({ db: database().db, keyring: during })).toEqual({ rotated: 0, skipped: 2 });

    const after = buildKeyring(newKey, undefined);
    const rows = await database().db.select().from(integrations);
    for (const row of rows) expect(keyIdOf(row.secretsCiphertext!)).toBe(after.current.id);
    const byId = Object.fromEntries(rows.map((row) => [row.id, openSecrets(row.secretsCiphertext, after)]));
    expect(byId).toEqual({ trendyol: { api_secret: "a-secret" }, stripe: { secret_key: "sk_test_x" } });
  });
});
