// Standalone Stripe fake for e2e and manual use: `npx tsx lib/providers/stripe/fake-server.cli.ts`
import { startStripeFake } from "./fake-server";

const fake = await startStripeFake({
  secretKey: process.env.STRIPE_FAKE_SECRET_KEY || "sk_test_fake",
  port: Number(process.env.PORT || "4163"),
});
console.log(`Stripe fake listening on ${fake.baseUrl}`);

const stop = () => void fake.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
