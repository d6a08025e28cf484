import { PROVIDERS } from "@/lib/providers/registry";

export type MarketplaceOption = { id: string; display_name: string };

/** The integrations a product can be listed on, in catalogue order. */
export const MARKETPLACES: MarketplaceOption[] = Object.values(PROVIDERS)
  .filter((provider) => provider.kind === "marketplace")
  .map((provider) => ({ id: provider.id, display_name: provider.displayName }));

export const isMarketplace = (id: string) => MARKETPLACES.some((marketplace) => marketplace.id === id);
