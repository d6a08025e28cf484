import type { HepsiburadaFake } from "./fake-server";
import type { FakeLine, FakePackage } from "./fake-oms";
import {
  orderCreatedCall,
  packageCreatedCall,
  packageMoveCall,
  type HepsiburadaWebhookCall,
  type WebhookLine,
  type WebhookPackage,
} from "./webhook-calls";

/**
 * Plays Hepsiburada's side of the webhook model (fact sheet §7, §8.7): calls sub-paths of the base URL the merchant
 * registered, with the Basic credentials from the ticket. 200/201/204 count as delivered; anything else (or no answer)
 * keeps the call queued and it is re-sent on the next flush. `duplicates` sends every call twice, as Hepsiburada may.
 */
export type HepsiburadaWebhookSenderOptions = {
  baseUrl: string;
  username: string;
  password: string;
  duplicates?: boolean;
  fetch?: typeof fetch;
};

export type SentCall = { call: HepsiburadaWebhookCall; status: number | "network_error" };

export function createHepsiburadaWebhookSender(options: HepsiburadaWebhookSenderOptions) {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const authorization = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString("base64")}`;
  const queue: HepsiburadaWebhookCall[] = [];
  const log: SentCall[] = [];

  async function attempt(call: HepsiburadaWebhookCall): Promise<boolean> {
    let status: SentCall["status"];
    try {
      const response = await fetchImpl(options.baseUrl.replace(/\/+$/, "") + call.path, {
        method: call.method,
        headers: { authorization, "content-type": "application/json" },
        body: JSON.stringify(call.body),
      });
      await response.arrayBuffer();
      status = response.status;
    } catch {
      status = "network_error";
    }
    log.push({ call, status });
    return status === 200 || status === 201 || status === 204;
  }

  return {
    log,
    get pending() {
      return queue.length;
    },
    enqueue(call: HepsiburadaWebhookCall) {
      queue.push(call);
      if (options.duplicates) queue.push(call);
    },
    /** Sends every queued call once, in order; failed ones stay queued for the next flush. */
    async flush(): Promise<{ delivered: number; failed: number }> {
      const batch = queue.splice(0, queue.length);
      let delivered = 0;
      for (const call of batch) {
        if (await attempt(call)) delivered++;
        else queue.push(call);
      }
      return { delivered, failed: batch.length - delivered };
    },
  };
}

export type HepsiburadaWebhookSender = ReturnType<typeof createHepsiburadaWebhookSender>;

const toWebhookLine = (line: FakeLine, merchantId: string): WebhookLine => ({
  id: line.id,
  orderNumber: line.orderNumber,
  merchantId,
  sku: line.sku,
  merchantSku: line.merchantSku,
  name: line.name,
  quantity: line.quantity,
  unitPrice: line.unitPrice,
  orderDate: new Date(line.orderDate).toISOString(),
  customerName: line.customerName,
});

const toWebhookPackage = (fake: HepsiburadaFake, pkg: FakePackage, merchantId: string): WebhookPackage => ({
  packageNumber: pkg.packageNumber,
  barcode: pkg.barcode,
  merchantId,
  cargoCompany: pkg.cargoCompany,
  lines: pkg.lineIds.map((id) => toWebhookLine(fake.oms.lines.get(id)!, merchantId)),
});

export const LIFECYCLE_STAGES = ["ordered", "packed", "in_transit", "delivered"] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/**
 * Walks one order of the fake through its life: its open lines are announced (`POST /orders`), Hepsiburada packs them
 * (`POST /packages`), the cargo firm picks the package up (`PUT …/intransit`) and delivers it (`PUT …/deliver`). The
 * fake's own state moves first, so a receiver that re-reads from the API sees what the call announces. Yields after
 * each stage has been flushed, so the caller can let its side catch up.
 */
export async function* walkOrderLifecycle(options: {
  fake: HepsiburadaFake;
  sender: HepsiburadaWebhookSender;
  merchantId: string;
  orderNumber: string;
  now?: () => Date;
}): AsyncGenerator<{ stage: LifecycleStage; packageNumber: string | null }> {
  const { fake, sender, merchantId, orderNumber } = options;
  const at = () => (options.now?.() ?? new Date()).toISOString();
  const lines = [...fake.oms.lines.values()].filter(
    (line) => line.orderNumber === orderNumber && line.status === "Open",
  );
  if (lines.length === 0) throw new Error(`The fake has no open lines for order ${orderNumber}`);
  sender.enqueue(
    orderCreatedCall(
      lines.map((line) => toWebhookLine(line, merchantId)),
      at(),
    ),
  );
  await sender.flush();
  yield { stage: "ordered", packageNumber: null };

  const packed = fake.oms.packLines(lines.map((line) => ({ id: line.id, quantity: line.quantity })));
  if (!packed.pkg) throw new Error(`The fake refused to pack order ${orderNumber}: ${JSON.stringify(packed.body)}`);
  const pkg = packed.pkg;
  sender.enqueue(packageCreatedCall(toWebhookPackage(fake, pkg, merchantId), at()));
  await sender.flush();
  yield { stage: "packed", packageNumber: pkg.packageNumber };

  pkg.status = "InTransit";
  pkg.trackingNumber = `TRK${pkg.packageNumber}`;
  sender.enqueue(packageMoveCall(toWebhookPackage(fake, pkg, merchantId), "intransit", at()));
  await sender.flush();
  yield { stage: "in_transit", packageNumber: pkg.packageNumber };

  pkg.status = "Delivered";
  sender.enqueue(packageMoveCall(toWebhookPackage(fake, pkg, merchantId), "deliver", at()));
  await sender.flush();
  yield { stage: "delivered", packageNumber: pkg.packageNumber };
}
