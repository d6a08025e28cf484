import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { providerCache } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { newEttn } from "@/lib/einvoice/invoice-number";
import { createProviderFetch } from "@/lib/providers/provider-fetch";
import { lucaCredentialsSchema } from "@/lib/providers/luca/config";
import { startLucaFake, type LucaFake } from "@/lib/providers/luca/fake-server";
import { dbProviderCache } from "./provider-cache";

const LOGIN = {
  memberNumber: "1",
  username: "Admin",
  password: "pw",
  einvoiceUser: "4540536920",
  einvoicePassword: "e",
};
let fake: LucaFake;
beforeAll(async () => {
  fake = await startLucaFake(LOGIN);
});
afterAll(() => fake.close());

describeWithDatabase("GİB registered-user answers kept in the database", (database) => {
  it("survive a restart and are asked again after 24 hours", async () => {
    const db = database().db;
    await db.delete(providerCache);
    let clock = new Date("2026-11-29T10:00:00Z");
    const now = () => clock;
    const credentials = lucaCredentialsSchema.parse({
      member_number: LOGIN.memberNumber,
      username: LOGIN.username,
      password: LOGIN.password,
      base_url: fake.kozaUrl,
      einvoice_username: LOGIN.einvoiceUser,
      einvoice_password: LOGIN.einvoicePassword,
      einvoice_url: fake.baseUrl,
    });
    /** A fresh copy of the Luca module each time: its in-memory answers are gone, as after a restart. */
    const freshErp = async () => {
      vi.resetModules();
      const { createLucaErp } = await import("@/lib/providers/luca");
      return createLucaErp({
        credentials,
        fetch: createProviderFetch({ provider: "luca" }),
        now,
        cache: dbProviderCache(db, "luca", now),
      });
    };
    const buyer = {
      code: "M-17291716060",
      name: "Ali Veli",
      taxNumber: "17291716060",
      taxOffice: null,
      email: null,
      phone: null,
      address: "Moda",
      city: "İstanbul",
    };
    const issue = async (ettn: string) =>
      (await freshErp()).issueEInvoice!({
        ettn,
        reference: ettn.slice(0, 8),
        issuedAt: clock,
        buyer,
        currency: "TRY",
        lines: [{ stockCode: "S", name: "Kalem", quantity: 1, unitPriceMinor: 1000, vatRate: 20 }],
        pricesIncludeVat: true,
      });
    const asked = () => fake.calls["/api/Company/GetGibUserByVknTckn"] ?? 0;
    const before = asked();
    await issue(newEttn());
    await issue(newEttn());
    expect(asked() - before).toBe(1);
    clock = new Date(clock.getTime() + 24 * 3600_000 + 1);
    await issue(newEttn());
    expect(asked() - before).toBe(2);
  });
});
