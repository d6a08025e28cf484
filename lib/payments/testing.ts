import type { Db } from "@/db/client";
import { integrations, orders } from "@/db/schema";
import { sealSecrets } from "@/lib/integrations/integration-secrets";
import { forgetWebhookIntegration } from "@/lib/webhooks/webhook-integration-cache";

/** Test fixture: a configured, active payment integration pointed at a fake, stored the way the settings form does. */
export async function configurePaymentIntegration(
  db: Db,
  provider: "iyzico" | "stripe",
  settings: Record<string, string>,
  secrets: Record<string, string>,
): Promise<void> {
  const values = { kind: "payment", isActive: true, settings, secretsCiphertext: sealSecrets(provider, secrets) };
  await db
    .insert(integrations)
    .values({ id: provider, ...values })
    .onConflictDoUpdate({ target: integrations.id, set: values });
  forgetWebhookIntegration(provider);
}

/** Test fixture: one imported order to take a payment for. */
export async function insertOrder(db: Db, overrides: { totalKurus?: number; number?: string } = {}): Promise<number> {
  await db.insert(integrations).values({ id: "trendyol", kind: "marketplace", isActive: true }).onConflictDoNothing();
  const number = overrides.number ?? `SIP-${Math.random().toString(36).slice(2, 8)}`;
  const total = overrides.totalKurus ?? 124990;
  const [row] = await db
    .insert(orders)
    .values({
      integrationId: "trendyol",
      remoteOrderNumber: number,
      packageId: number,
      status: "created",
      customerName: "Ayşe Yılmaz",
      customerEmail: "ayse@example.com",
      shippingAddress: { address: "Moda Cd. 1", city: "İstanbul", country: "Turkey" },
      currency: "TRY",
      totalKurus: total,
      lines: [{ sku: "KUPA-1", barcode: null, name: "Kupa", quantity: 1, unitPriceKurus: total, amountKurus: total }],
      orderedAt: new Date(),
      remoteUpdatedAt: new Date(),
      raw: {},
    })
    .returning({ id: orders.id });
  if (!row) throw new Error("order not inserted");
  return row.id;
}
