// Standalone Aras fake for e2e and manual use: `npx tsx lib/providers/aras/fake-server.cli.ts`
// POST /__fake/advance {"code","durum"?} moves a shipment along (waybill cut, delivered); GET /__fake/state counts calls.
import { startArasFake } from "./fake-server";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const fake = await startArasFake({
  username: env("ARAS_FAKE_USERNAME", "aras-user"),
  password: env("ARAS_FAKE_PASSWORD", "aras-password"),
  queryUsername: env("ARAS_FAKE_QUERY_USERNAME", "aras-query-user"),
  queryPassword: env("ARAS_FAKE_QUERY_PASSWORD", "aras-query-password"),
  customerCode: env("ARAS_FAKE_CUSTOMER_CODE", "1932448851342"),
  port: Number(env("PORT", "4030")),
});
console.log(`Aras fake listening: order service ${fake.orderUrl}, query service ${fake.queryUrl}`);

const stop = () => void fake.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
