// Standalone Luca fake (Koza + e-invoice API) for e2e and manual use: `npx tsx lib/providers/luca/fake-server.cli.ts`
// POST /__fake/einvoice-failure {"message"} makes saving e-invoices fail ({} ends it); GET /__fake/state counts calls.
import { startLucaFake } from "./fake-server";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const fake = await startLucaFake({
  memberNumber: env("LUCA_FAKE_MEMBER_NUMBER", "10042"),
  username: env("LUCA_FAKE_USERNAME", "Admin"),
  password: env("LUCA_FAKE_PASSWORD", "luca-password"),
  einvoiceUser: env("LUCA_FAKE_EINVOICE_USER", "4540536920"),
  einvoicePassword: env("LUCA_FAKE_EINVOICE_PASSWORD", "luca-einvoice-password"),
  registeredUsers: env("LUCA_FAKE_REGISTERED_USERS", "1234567890").split(",").filter(Boolean),
  port: Number(env("PORT", "4040")),
});
console.log(`Luca fake listening: Koza ${fake.kozaUrl}, e-invoice API ${fake.baseUrl}`);

const stop = () => void fake.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
