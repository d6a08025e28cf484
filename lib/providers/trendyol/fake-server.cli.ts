// Standalone Trendyol fake for e2e and manual use: `npx tsx lib/providers/trendyol/fake-server.cli.ts`
import { generateOrders, generateProducts, startTrendyolFake } from "./fake-server";
import { LISTING_TIERS, type ListingTier } from "./limits";

const DAY_MS = 24 * 60 * 60 * 1000;
const env = (name: string, fallback: string) => process.env[name] || fallback;
const tier = env("TRENDYOL_FAKE_TIER", "unlimited") as ListingTier;

const fake = await startTrendyolFake({
  sellerId: env("TRENDYOL_FAKE_SELLER_ID", "123456"),
  apiKey: env("TRENDYOL_FAKE_API_KEY", "fake-api-key"),
  apiSecret: env("TRENDYOL_FAKE_API_SECRET", "fake-api-secret"),
  tier: LISTING_TIERS.includes(tier) ? tier : "unlimited",
  webhookRetryMs: Number(env("TRENDYOL_FAKE_WEBHOOK_RETRY_MS", "5000")),
  port: Number(env("PORT", "4010")),
});
if (env("TRENDYOL_FAKE_SEED", "1") !== "0") {
  fake.addProducts(generateProducts(25));
  fake.addOrders(generateOrders(60, Date.now() - 20 * DAY_MS, { stepMs: DAY_MS / 3 }));
}
console.log(`Trendyol fake listening on ${fake.baseUrl}`);

const stop = () => void fake.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
