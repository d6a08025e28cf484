import type { Db } from "@/db/client";
import { loadPaymentApi } from "@/lib/integrations/load-adapter";
import type { PaymentApiId } from "@/lib/providers/registry";

export type PaymentProviderId = PaymentApiId;
/** Tests inject a fetch; everything else comes from the stored, decrypted credentials. */
export type PaymentDeps = { fetch?: typeof fetch };

// Through the registry (`PAYMENT_APIS`) like every other adapter: one way to get a provider's adapter.

export async function loadIyzicoAdapter(db: Db, deps: PaymentDeps = {}) {
  const { api, credentials } = await loadPaymentApi({ db, provider: "iyzico", deps });
  return { adapter: api, credentials };
}

export async function loadStripeAdapter(db: Db, deps: PaymentDeps = {}) {
  const { api, credentials } = await loadPaymentApi({ db, provider: "stripe", deps });
  return { adapter: api, credentials };
}
