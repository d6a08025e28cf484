import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { HepsiburadaFake } from "./fake-server";
import {
  createHepsiburadaWebhookSender,
  walkOrderLifecycle,
  type HepsiburadaWebhookSender,
  type LifecycleStage,
} from "./fake-webhook-sender";

/**
 * Test control for a Hepsiburada fake running in its own process (not Hepsiburada's API): lets an e2e run seed
 * listings and order lines, read a listing back, and walk an order through its life one stage per call, the fake
 * webhook sender calling the app's Hepsiburada base URL at each stage.
 *
 * - `POST /listings` `[{merchantSku, hepsiburadaSku, price, availableStock}]`
 * - `GET /listings/{merchantSku}`
 * - `POST /lines` `{orderNumber, merchantSku, quantity?}`
 * - `POST /orders/{orderNumber}/next` → `{stage, packageNumber}` (ordered, packed, in_transit, delivered), or 409 after
 *   delivered; each stage's calls are flushed (failed ones stay queued and are re-sent on the next call).
 */
export async function startHepsiburadaFakeControl(options: {
  fake: HepsiburadaFake;
  port: number;
  merchantId: string;
  webhook: { baseUrl: string; username: string; password: string };
}) {
  const { fake } = options;
  const sender: HepsiburadaWebhookSender = createHepsiburadaWebhookSender(options.webhook);
  const walks = new Map<string, AsyncGenerator<{ stage: LifecycleStage; packageNumber: string | null }>>();

  async function handle(method: string, path: string, body: unknown): Promise<{ status: number; body: unknown }> {
    if (method === "GET" && path === "/") return { status: 200, body: { ok: true } };
    if (method === "POST" && path === "/listings") {
      const rows = (Array.isArray(body) ? body : []) as {
        merchantSku: string;
        hepsiburadaSku: string;
        price?: number;
        availableStock?: number;
      }[];
      fake.addListings(
        rows.map((row, index) => ({
          listingId: `L-${row.hepsiburadaSku}-${index}`,
          hepsiburadaSku: row.hepsiburadaSku,
          merchantSku: row.merchantSku,
          price: row.price ?? 100,
          availableStock: row.availableStock ?? 0,
          maximumPurchasableQuantity: 0,
          isSalable: true,
        })),
      );
      return { status: 200, body: { added: rows.length } };
    }
    const listing = /^\/listings\/([^/]+)$/.exec(path);
    if (method === "GET" && listing) {
      const found = fake.listings.get(decodeURIComponent(listing[1]!));
      return found ? { status: 200, body: found } : { status: 404, body: { message: "no such listing" } };
    }
    if (method === "POST" && path === "/lines") {
      const { orderNumber, merchantSku, quantity } = (body ?? {}) as {
        orderNumber?: string;
        merchantSku?: string;
        quantity?: number;
      };
      if (!orderNumber || !merchantSku) return { status: 400, body: { message: "orderNumber and merchantSku" } };
      return { status: 200, body: fake.oms.addLine({ orderNumber, merchantSku, quantity: quantity ?? 1 }) };
    }
    const next = /^\/orders\/([^/]+)\/next$/.exec(path);
    if (method === "POST" && next) {
      const orderNumber = decodeURIComponent(next[1]!);
      await sender.flush(); // calls a previous stage could not deliver go first
      let walk = walks.get(orderNumber);
      if (!walk) {
        walk = walkOrderLifecycle({ fake, sender, merchantId: options.merchantId, orderNumber });
        walks.set(orderNumber, walk);
      }
      const step = await walk.next();
      if (step.done) return { status: 409, body: { message: `order ${orderNumber} is already delivered` } };
      return { status: 200, body: { ...step.value, pending: sender.pending } };
    }
    return { status: 404, body: { message: `no control route ${method} ${path}` } };
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = undefined;
      }
      handle(req.method ?? "GET", url.pathname, body)
        .catch((error: unknown) => ({ status: 500, body: { message: String(error) } }))
        .then((reply) => {
          res.writeHead(reply.status, { "Content-Type": "application/json" });
          res.end(JSON.stringify(reply.body));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
