// Standalone iyzico fake for e2e and manual use: `npx tsx lib/providers/iyzico/fake-server.cli.ts`
import { startIyzicoFake } from "./fake-server";

const env = (name: string, fallback: string) => process.env[name] || fallback;

const fake = await startIyzicoFake({
  apiKey: env("IYZICO_FAKE_API_KEY", "sandbox-fake-api-key"),
  secretKey: env("IYZICO_FAKE_SECRET_KEY", "sandbox-fake-secret-key"),
  port: Number(env("PORT", "4162")),
});
console.log(`iyzico fake listening on ${fake.baseUrl}`);

const stop = () => void fake.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
