// Standalone Hepsiburada fake for e2e and manual use: `npx tsx lib/providers/hepsiburada/fake-server.cli.ts`. With
// HEPSIBURADA_FAKE_CONTROL_PORT and HEPSIBURADA_FAKE_WEBHOOK_URL it also serves test control (fake-control.ts) and sends
// webhooks to that base URL with HEPSIBURADA_FAKE_WEBHOOK_USERNAME/PASSWORD.
import { startHepsiburadaFakeControl } from "./fake-control";
import { generateListings, startHepsiburadaFake } from "./fake-server";

const env = (name: string, fallback: string) => process.env[name] || fallback;

const merchantId = env("HEPSIBURADA_FAKE_MERCHANT_ID", "6f1c2a9e-3b1d-4c55-9a0e-2b7d8f6e1a42");
const fake = await startHepsiburadaFake({
  merchantId,
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

const control = process.env.HEPSIBURADA_FAKE_CONTROL_PORT
  ? await startHepsiburadaFakeControl({
      fake,
      port: Number(process.env.HEPSIBURADA_FAKE_CONTROL_PORT),
      merchantId,
      webhook: {
        baseUrl: env("HEPSIBURADA_FAKE_WEBHOOK_URL", "http://127.0.0.1:3000/api/integrations/webhook/hepsiburada"),
        username: env("HEPSIBURADA_FAKE_WEBHOOK_USERNAME", "hb-hook"),
        password: env("HEPSIBURADA_FAKE_WEBHOOK_PASSWORD", "hook-password-1234"),
      },
    })
  : undefined;
if (control) console.log(`Hepsiburada fake control on ${control.url}`);

const stop = () => void Promise.all([fake.close(), control?.close()]).then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
