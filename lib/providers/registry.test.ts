import { describe, expect, it } from "vitest";
import { getProvider, isProviderId, PROVIDERS, runnableSyncKinds } from "@/lib/providers/registry";
import { resolveHepsiburadaHosts } from "@/lib/providers/hepsiburada/config";
import { PROVIDER_IDS, type ProviderId } from "@/lib/providers/types";

/** The smallest credentials each provider accepts, used to see what the schema fills in. */
const MINIMAL: Record<ProviderId, Record<string, string>> = {
  trendyol: { seller_id: "123456", api_key: "key", api_secret: "secret" },
  hepsiburada: {
    merchant_id: "6f1c2a9e-3b1d-4c55-9a0e-2b7d8f6e1a42",
    service_key: "svc",
    developer_username: "acme_dev",
  },
  shopify: {
    shop_domain: "kopru-demo.myshopify.com",
    auth_model: "expiring_token",
    client_id: "id",
    client_secret: "s",
    access_token: "shpat_x",
    refresh_token: "r",
  },
  iyzico: { api_key: "sandbox-api", secret_key: "sandbox-secret" },
  stripe: { secret_key: "sk_test_1", publishable_key: "pk_test_1", webhook_secret: "whsec_1" },
  aras: { username: "u", password: "p", customer_code: "1234567" },
  luca: { member_number: "12345", username: "u", password: "p" },
};

describe("provider catalogue", () => {
  it.each(PROVIDER_IDS)("%s: base_url defaults to an https URL and can be overridden", (id) => {
    const provider = PROVIDERS[id];
    expect(provider.id).toBe(id);
    expect(provider.defaultBaseUrl).toMatch(/^https:\/\//);
    const parsed = provider.credentialsSchema.parse(MINIMAL[id]) as Record<string, unknown>;
    expect(String(parsed.base_url)).toMatch(/^https:\/\/[^{}]+$/);
    const fake = provider.credentialsSchema.parse({ ...MINIMAL[id], base_url: "http://127.0.0.1:4010" });
    expect((fake as Record<string, unknown>).base_url).toBe("http://127.0.0.1:4010");
    expect(provider.credentialsSchema.safeParse({ ...MINIMAL[id], base_url: "not a url" }).success).toBe(false);
  });

  it.each(PROVIDER_IDS)("%s: credential fields and schema declare the same names, base_url last", (id) => {
    const provider = PROVIDERS[id];
    const names = provider.credentialFields.map((f) => f.name);
    expect([...names].sort()).toEqual(Object.keys(provider.credentialsSchema.shape).sort());
    expect(names.at(-1)).toBe("base_url");
    for (const field of provider.credentialFields.filter((f) => f.isRequired)) {
      const rest = { ...MINIMAL[id] };
      delete rest[field.name];
      expect(provider.credentialsSchema.safeParse(rest).success, field.name).toBe(false);
    }
  });

  it.each(PROVIDER_IDS)("%s: keys, passwords, tokens and secrets are marked secret", (id) => {
    const secretish = /(secret|password|token|_key)$/;
    for (const field of PROVIDERS[id].credentialFields) {
      const expected = secretish.test(field.name) && field.name !== "publishable_key";
      expect(field.isSecret, field.name).toBe(expected);
    }
  });

  it("trendyol requires seller_id, api_key, api_secret and a numeric seller id", () => {
    const schema = PROVIDERS.trendyol.credentialsSchema;
    const result = schema.safeParse({});
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["seller_id", "api_key", "api_secret"]));
    const bad = schema.safeParse({ ...MINIMAL.trendyol, seller_id: "ABC-12" });
    expect(bad.error?.issues[0]?.message).toBe("Seller id must be numeric");
  });

  it("shopify rejects a domain that is not a myshopify.com shop", () => {
    const schema = PROVIDERS.shopify.credentialsSchema;
    for (const shop_domain of [
      "kopru.com",
      "https://kopru.myshopify.com",
      "-x.myshopify.com",
      "kopru.myshopify.com.evil.io",
    ]) {
      expect(schema.safeParse({ ...MINIMAL.shopify, shop_domain }).success, shop_domain).toBe(false);
    }
    expect(schema.parse({ ...MINIMAL.shopify, shop_domain: " Kopru-Demo.myshopify.com " })).toMatchObject({
      shop_domain: "kopru-demo.myshopify.com",
      base_url: "https://kopru-demo.myshopify.com",
    });
  });

  it("stripe checks key prefixes", () => {
    const schema = PROVIDERS.stripe.credentialsSchema;
    expect(schema.safeParse({ ...MINIMAL.stripe, secret_key: "rk_live_1" }).success).toBe(true);
    expect(schema.safeParse({ ...MINIMAL.stripe, secret_key: "pk_live_1" }).success).toBe(false);
    expect(schema.safeParse({ ...MINIMAL.stripe, publishable_key: "sk_live_1" }).success).toBe(false);
    expect(schema.safeParse({ ...MINIMAL.stripe, webhook_secret: "secret" }).success).toBe(false);
  });

  it("default sync frequencies, and which kinds Köprü runs today", () => {
    const minutes = Object.fromEntries(
      PROVIDER_IDS.map((id) => [
        id,
        Object.fromEntries(Object.entries(PROVIDERS[id].syncs).map(([kind, sync]) => [kind, sync.defaultMinutes])),
      ]),
    );
    expect(minutes).toEqual({
      trendyol: { products_out: 30, stock_price_out: 30, orders_in: 5, catalog_in: 10_080 },
      hepsiburada: { orders_in: 15, stock_price_out: 15 },
      shopify: { products_out: 5, stock_price_out: 5, orders_in: 5 },
      iyzico: {},
      stripe: {},
      aras: { tracking_in: 30 },
      luca: { erp_out: 30 },
    });
    const runnable = Object.fromEntries(PROVIDER_IDS.map((id) => [id, runnableSyncKinds(PROVIDERS[id])]));
    expect(runnable).toEqual({
      trendyol: ["products_out", "stock_price_out", "orders_in", "catalog_in"],
      hepsiburada: ["orders_in", "stock_price_out"],
      shopify: ["products_out", "stock_price_out", "orders_in"],
      iyzico: [],
      stripe: [],
      aras: ["tracking_in"],
      luca: ["erp_out"],
    });
  });

  it("only Aras and Luca have no push channel", () => {
    expect(PROVIDER_IDS.filter((id) => !PROVIDERS[id].webhook)).toEqual(["aras", "luca"]);
  });

  it("looks providers up by id", () => {
    expect(getProvider("stripe")?.displayName).toBe("Stripe");
    expect(getProvider("aras")?.displayName).toBe("Aras Kargo");
    expect(getProvider("paypal")).toBeUndefined();
    expect(getProvider("toString")).toBeUndefined();
    expect(isProviderId("luca")).toBe(true);
    expect(isProviderId("Luca")).toBe(false);
  });

  it("derives hepsiburada service hosts from the orders host", () => {
    expect(resolveHepsiburadaHosts("https://oms-external-sit.hepsiburada.com")).toEqual({
      oms: "https://oms-external-sit.hepsiburada.com",
      listing: "https://listing-external-sit.hepsiburada.com",
      catalog: "https://mpop-sit.hepsiburada.com",
    });
    expect(resolveHepsiburadaHosts("http://127.0.0.1:4010/").listing).toBe("http://127.0.0.1:4010");
    expect(
      resolveHepsiburadaHosts("https://oms-external.hepsiburada.com", { listing: "http://127.0.0.1:4062/" }),
    ).toEqual({
      oms: "https://oms-external.hepsiburada.com",
      listing: "http://127.0.0.1:4062",
      catalog: "https://mpop.hepsiburada.com",
    });
  });
});

describe("Shopify base URL", () => {
  it("defaults to the shop's own host and refuses the unfilled template", () => {
    const base = { shop_domain: "demo.myshopify.com", access_token: "shpat_x", webhook_secret: "s" };
    expect(PROVIDERS.shopify.credentialsSchema.parse(base)).toMatchObject({ base_url: "https://demo.myshopify.com" });
    expect(
      PROVIDERS.shopify.credentialsSchema.safeParse({ ...base, base_url: "https://{shop}.myshopify.com" }).success,
    ).toBe(false);
  });
});
