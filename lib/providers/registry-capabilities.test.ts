import { describe, expect, expectTypeOf, it } from "vitest";
import { toIntegrationView } from "@/lib/integrations/integration-view";
import type { CargoAdapter } from "@/lib/providers/cargo";
import type { ErpAdapter } from "@/lib/providers/erp";
import type { MarketplaceAdapter } from "@/lib/providers/marketplace";
import type { PaymentAdapter } from "@/lib/providers/payment";
import {
  MARKETPLACE_SYNCS,
  PROVIDERS,
  findSyncHandler,
  findWebhookHandler,
  runnableSyncKinds,
  type OptionalFeature,
} from "@/lib/providers/registry";
import { PROVIDER_IDS, type ProviderKind } from "@/lib/providers/types";

/** Every optional method of each capability; the type assertions below keep these lists complete. */
const OPTIONAL = {
  marketplace: [
    "listProducts",
    "pushProducts",
    "pushPriceStock",
    "getBatchResult",
    "listOrders",
    "getPackage",
    "updatePackageStatus",
    "sendInvoiceLink",
    "listClaims",
    "approveClaim",
    "rejectClaim",
    "listClaimRejectReasons",
  ],
  payment: ["cancelPayment"],
  cargo: ["cancelShipment", "track"],
  erp: ["upsertStockCard", "sendInvoice", "getInvoice", "issueEInvoice", "getEInvoicePdf", "cancelEArchive"],
} as const satisfies Record<ProviderKind, readonly string[]>;

const CREDENTIALS: Record<string, Record<string, string>> = {
  trendyol: { seller_id: "123456", api_key: "key", api_secret: "secret", base_url: "http://127.0.0.1:9" },
  hepsiburada: {
    merchant_id: "6f1c2a9e-3b1d-4c55-9a0e-2b7d8f6e1a42",
    service_key: "Ab12Cd34Ef56",
    developer_username: "kopru_dev",
    base_url: "http://127.0.0.1:9",
  },
  aras: { username: "u", password: "p", customer_code: "1234567", base_url: "http://127.0.0.1:9" },
  luca: { member_number: "1", username: "u", password: "p", base_url: "http://127.0.0.1:9" },
  shopify: { shop_domain: "demo.myshopify.com", auth_model: "client_credentials", client_id: "id", client_secret: "s" },
  iyzico: { api_key: "sandbox-key", secret_key: "sandbox-secret", base_url: "http://127.0.0.1:9" },
  stripe: {
    secret_key: "sk_test_x",
    publishable_key: "pk_test_x",
    webhook_secret: "whsec_x",
    base_url: "http://127.0.0.1:9",
  },
};

const noNetwork: typeof fetch = () => Promise.reject(new Error("no network in this test"));

describe("provider registry", () => {
  it("lists every optional capability method", () => {
    expectTypeOf<(typeof OPTIONAL.marketplace)[number]>().toEqualTypeOf<OptionalFeature<MarketplaceAdapter>>();
    expectTypeOf<(typeof OPTIONAL.payment)[number]>().toEqualTypeOf<OptionalFeature<PaymentAdapter>>();
    expectTypeOf<(typeof OPTIONAL.cargo)[number]>().toEqualTypeOf<OptionalFeature<CargoAdapter>>();
    expectTypeOf<(typeof OPTIONAL.erp)[number]>().toEqualTypeOf<OptionalFeature<ErpAdapter>>();
  });

  it.each(PROVIDER_IDS)("%s: features are exactly the optional methods its adapter implements", (id) => {
    const provider = PROVIDERS[id];
    if (!provider.adapter) {
      expect(provider.features).toEqual([]);
      return;
    }
    const credentials = provider.credentialsSchema.parse(CREDENTIALS[id]) as Record<string, unknown>;
    const adapter = provider.adapter({ credentials, fetch: noNetwork }) as unknown as Record<string, unknown>;
    expect(adapter.testConnection).toBeTypeOf("function");
    const implemented = OPTIONAL[provider.kind].filter((name) => typeof adapter[name] === "function");
    expect([...provider.features].sort()).toEqual([...implemented].sort());
  });

  it.each(PROVIDER_IDS)("%s: a runnable marketplace sync has the adapter features it needs", async (id) => {
    const provider = PROVIDERS[id];
    for (const kind of runnableSyncKinds(provider)) {
      expect(await findSyncHandler(id, kind), kind).toBeTypeOf("function");
      if (provider.kind !== "marketplace" || !(kind in MARKETPLACE_SYNCS)) continue;
      const generic = MARKETPLACE_SYNCS[kind as keyof typeof MARKETPLACE_SYNCS];
      // A provider's own sync for the kind (Hepsiburada's) uses its own adapter methods, not the generic needs.
      if (provider.syncs[kind]?.load !== generic.load) continue;
      const needs: readonly string[] = generic.needs;
      expect(provider.adapter, `${id} runs ${kind} without an adapter`).toBeDefined();
      for (const feature of needs) expect(provider.features as readonly string[], `${id} ${kind}`).toContain(feature);
    }
  });

  it.each(PROVIDER_IDS)("%s: the console offers and schedules only sync kinds that have a handler", (id) => {
    const view = toIntegrationView(PROVIDERS[id], undefined);
    expect(view.available_sync_kinds).toEqual(runnableSyncKinds(PROVIDERS[id]));
    for (const kind of view.available_sync_kinds) expect(PROVIDERS[id].syncs[kind as "orders_in"]?.load).toBeDefined();
  });

  it("a declared kind without a handler is neither offered nor run", async () => {
    for (const id of PROVIDER_IDS) {
      const syncs = Object.entries(PROVIDERS[id].syncs) as [string, { load?: unknown } | undefined][];
      const runnable = syncs.filter(([, sync]) => sync?.load).map(([kind]) => kind);
      expect([...toIntegrationView(PROVIDERS[id], undefined).available_sync_kinds].sort()).toEqual(runnable.sort());
    }
    expect(await findSyncHandler("hepsiburada", "orders_in")).toBeTypeOf("function");
    expect(await findSyncHandler("luca", "erp_out")).toBeTypeOf("function");
    expect(await findSyncHandler("aras", "tracking_in")).toBeTypeOf("function");
    expect(await findSyncHandler("trendyol", "erp_out")).toBeUndefined();
    expect(await findSyncHandler("trendyol", "constructor")).toBeUndefined();
  });

  it.each(PROVIDER_IDS)("%s: a handler for every webhook event type and nothing else", async (id) => {
    const webhook = PROVIDERS[id].webhook;
    if (!webhook) return;
    const handlers = await webhook.loadHandlers();
    expect(Object.keys(handlers).sort()).toEqual([...webhook.eventTypes].sort());
    for (const eventType of webhook.eventTypes) {
      expect(await findWebhookHandler(id, eventType), `${id} ${eventType}`).toBeTypeOf("function");
    }
  });

  it("finds no webhook handler for unknown providers, types or inherited keys", async () => {
    expect(await findWebhookHandler("amazon", "orders/create")).toBeUndefined();
    expect(await findWebhookHandler("aras", "shipment.delivered")).toBeUndefined();
    expect(await findWebhookHandler("shopify", "orders/teleported")).toBeUndefined();
    expect(await findWebhookHandler("shopify", null)).toBeUndefined();
    expect(await findWebhookHandler("shopify", "constructor")).toBeUndefined();
    expect(await findWebhookHandler("__proto__", "toString")).toBeUndefined();
  });
});
