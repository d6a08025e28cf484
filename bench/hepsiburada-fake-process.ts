// Child process for bench:sync: runs the Hepsiburada fake outside the measured process, so its CPU for validating and
// applying uploads does not count against Köprü's figures.
import { startHepsiburadaFake, type HepsiburadaFakeOptions } from "@/lib/providers/hepsiburada/fake-server";

type Message =
  | { type: "start"; options: HepsiburadaFakeOptions }
  | { type: "add-listings"; skus: string[] }
  | { type: "reset-counters" }
  | { type: "stats" };

let fake: Awaited<ReturnType<typeof startHepsiburadaFake>> | undefined;
let nextListing = 1;
const reply = (message: unknown) => process.send?.(message);

process.on("message", async (message: Message) => {
  if (message.type === "start") {
    fake = await startHepsiburadaFake(message.options);
    return reply({ type: "started", baseUrl: fake.baseUrl });
  }
  if (!fake) return reply({ type: "error", message: "fake not started" });
  if (message.type === "add-listings") {
    fake.addListings(
      message.skus.map((sku) => {
        const n = nextListing++;
        return {
          listingId: `L-${n}`,
          hepsiburadaSku: `HBCV${String(n).padStart(10, "0")}`,
          merchantSku: sku,
          price: 100,
          availableStock: 0,
          maximumPurchasableQuantity: 0,
          isSalable: true,
        };
      }),
    );
  } else if (message.type === "reset-counters") {
    fake.resetCounters();
  }
  const requests = Object.values(fake.state.requests).reduce((sum, n) => sum + n, 0);
  reply({
    type: "ok",
    requests,
    rateLimited: fake.state.rateLimited,
    uploads: Object.entries(fake.state.served)
      .filter(([key]) => /^POST .*-uploads$/.test(key))
      .reduce((sum, [, n]) => sum + n, 0),
    peakUploadsInFlight: fake.state.peakUploadsInFlight,
  });
});
