// Standalone Shopify fake for e2e and manual use: `npx tsx lib/providers/shopify/fake-server.cli.ts`
// Control endpoints under /_fake/ create orders (optionally delivering a webhook), send compliance topics, and show
// what Köprü sent back.
import { startShopifyFake } from "./fake-server";

const env = (name: string, fallback: string) => process.env[name] || fallback;

const fake = await startShopifyFake({
  clientId: env("SHOPIFY_FAKE_CLIENT_ID", "fake-client-id"),
  clientSecret: env("SHOPIFY_FAKE_CLIENT_SECRET", "fake-client-secret"),
  port: Number(env("PORT", "4142")),
  control: true,
});
if (env("SHOPIFY_FAKE_SEED", "1") !== "0") {
  // The order Köprü's own Shopify test deliveries name (#1001, id 450789469), so their re-read finds it. A month old:
  // still readable by id, but older than a first orders backfill reaches (14 days), so only a delivery could write it
  // into Köprü, and test deliveries must not.
  fake.store.createProduct({ title: "Köprü T-Shirt", variants: [{ sku: "KOPRU-TSHIRT-M", price: "1249.90" }] });
  fake.store.addOrder({
    id: "450789469",
    createdAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
    lines: [{ sku: "KOPRU-TSHIRT-M", quantity: 1, price: "1249.90" }],
  });
}
const target = env("SHOPIFY_FAKE_WEBHOOK_URL", "");
if (target) fake.webhooks.setTarget(target);
console.log(`Shopify fake listening on ${fake.baseUrl}`);

const stop = () => void fake.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
