// Standalone Hepsiburada fake for e2e and manual use: `npx tsx lib/providers/hepsiburada/fake-server.cli.ts`
import { generateListings, startHepsiburadaFake } from "./fake-server";

const env = (name: string, fallback: string) => process.env[name] || fallback;

const fake = await startHepsiburadaFake({
  merchantId: env("HEPSIBURADA_FAKE_MERCHANT_ID", "6f1c2a9e-3b1d-4c55-9a0e-2b7d8f6e1a42"),
  serviceKey: env("HEPSIBURADA_FAKE_SERVICE_KEY", "Ab12Cd34Ef56"),
  developerUsername: env("HEPSIBURADA_FAKE_DEVELOPER_USERNAME", "kopru_dev"),
  autoPackAfterMs: process.env.HEPSIBURADA_FAKE_AUTOPACK_MS
    ? Number(process.env.HEPSIBURADA_FAKE_AUTOPACK_MS)
    : undefined,
  port: Number(env("PORT", "4062")),
});
if (env("HEPSIBURADA_FAKE_SEED", "1") !== "0") {
  fake.addListings(generateListings(25));
  for (let n = 1; n <= 5; n++)
    fake.oms.addLine({
      orderNumber: String(4_100_000_000 + n),
      merchantSku: `KOPRU-SKU-0000${n}`,
      sku: `HBCV000000000${n}`,
    });
}
console.log(`Hepsiburada fake listening on ${fake.baseUrl}`);

const stop = () => void fake.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
