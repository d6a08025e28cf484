import { arasProvider } from "@/lib/providers/aras/config";
import { hepsiburadaProvider } from "@/lib/providers/hepsiburada/config";
import { iyzicoProvider } from "@/lib/providers/iyzico/config";
import { lucaProvider } from "@/lib/providers/luca/config";
import { shopifyProvider } from "@/lib/providers/shopify/config";
import { stripeProvider } from "@/lib/providers/stripe/config";
import { trendyolProvider } from "@/lib/providers/trendyol/config";
import { PROVIDER_IDS, type ProviderDefinition, type ProviderId } from "@/lib/providers/types";

export const PROVIDERS: Record<ProviderId, ProviderDefinition> = {
  trendyol: trendyolProvider,
  hepsiburada: hepsiburadaProvider,
  shopify: shopifyProvider,
  iyzico: iyzicoProvider,
  stripe: stripeProvider,
  aras: arasProvider,
  luca: lucaProvider,
};

export function isProviderId(id: string): id is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(id);
}

export function getProvider(id: string): ProviderDefinition | undefined {
  return isProviderId(id) ? PROVIDERS[id] : undefined;
}
