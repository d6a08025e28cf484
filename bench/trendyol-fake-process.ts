// Child process for bench:sync: runs the Trendyol fake outside the measured process, so its memory and CPU for
// generating and serving 10,000 orders do not count against Köprü's figures.
import {
  generateOrders,
  generateProducts,
  startTrendyolFake,
  type TrendyolFakeOptions,
} from "@/lib/providers/trendyol/fake-server";

type Message =
  | { type: "start"; options: TrendyolFakeOptions }
  | { type: "add-products"; barcodes: { barcode: string; sku: string }[] }
  | { type: "add-orders"; count: number; startMs: number; stepMs: number }
  | { type: "reset-counters" }
  | { type: "stats"; path?: string };

let fake: Awaited<ReturnType<typeof startTrendyolFake>> | undefined;
const reply = (message: unknown) => process.send?.(message);

process.on("message", async (message: Message) => {
  if (message.type === "start") {
    fake = await startTrendyolFake(message.options);
    return reply({ type: "started", baseUrl: fake.baseUrl });
  }
  if (!fake) return reply({ type: "error", message: "fake not started" });
  if (message.type === "add-products") {
    fake.addProducts(
      message.barcodes.map(({ barcode, sku }, i) => ({
        ...generateProducts(1, { prefix: `bench${i}-` })[0]!,
        barcode,
        stockCode: sku,
        title: sku,
        quantity: 0,
        salePrice: 1,
        listPrice: 1,
      })),
    );
  } else if (message.type === "add-orders") {
    fake.addOrders(generateOrders(message.count, message.startMs, { stepMs: message.stepMs, seed: 1 }));
  } else if (message.type === "reset-counters") {
    fake.state.requests = {};
    fake.state.rateLimited = 0;
  }
  const path = message.type === "stats" ? message.path : undefined;
  const requests = Object.entries(fake.state.requests)
    .filter(([key]) => !path || key.endsWith(path))
    .reduce((sum, [, n]) => sum + n, 0);
  reply({ type: "ok", requests, rateLimited: fake.state.rateLimited });
});
