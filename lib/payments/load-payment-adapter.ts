import type { Db } from "@/db/client";
import { loadIntegrationCredentials } from "@/lib/integrations/load-credentials";
import { createIyzicoAdapter, type IyzicoAdapter } from "@/lib/providers/iyzico";
import type { IyzicoCredentials } from "@/lib/providers/iyzico/config";
import { createProviderFetch } from "@/lib/providers/provider-fetch";
import { createStripeAdapter, type StripeAdapter } from "@/lib/providers/stripe";
import type { StripeCredentials } from "@/lib/providers/stripe/config";

export type PaymentProviderId = "iyzico" | "stripe";
/** Tests inject a fetch; everything else comes from the stored, decrypted credentials. */
export type PaymentDeps = { fetch?: typeof fetch };

export async function loadIyzicoAdapter(
  db: Db,
  deps: PaymentDeps = {},
): Promise<{ adapter: IyzicoAdapter; credentials: IyzicoCredentials }> {
  const { credentials } = await loadIntegrationCredentials<IyzicoCredentials>({ db, id: "iyzico" });
  const adapter = createIyzicoAdapter({
    baseUrl: credentials.base_url,
    apiKey: credentials.api_key,
    secretKey: credentials.secret_key,
    fetch: createProviderFetch({ provider: "iyzico", fetch: deps.fetch }),
  });
  return { adapter, credentials };
}

export async function loadStripeAdapter(
  db: Db,
  deps: PaymentDeps = {},
): Promise<{ adapter: StripeAdapter; credentials: StripeCredentials }> {
  const { credentials } = await loadIntegrationCredentials<StripeCredentials>({ db, id: "stripe" });
  const adapter = createStripeAdapter({
    baseUrl: credentials.base_url,
    secretKey: credentials.secret_key,
    fetch: createProviderFetch({ provider: "stripe", fetch: deps.fetch }),
  });
  return { adapter, credentials };
}
