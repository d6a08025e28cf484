"use client";

import { useTranslations } from "next-intl";

export type KeyedParams = Record<string, string | number> | null | undefined;

const PROVIDER_NAMES: Record<string, string> = {
  trendyol: "Trendyol",
  hepsiburada: "Hepsiburada",
  shopify: "Shopify",
  iyzico: "iyzico",
  stripe: "Stripe",
  aras: "Aras Kargo",
  luca: "Luca",
};

export const providerName = (id: string) => PROVIDER_NAMES[id] ?? id;

/**
 * Renders a stored sentence in the reader's language: its message key when we know it, else the stored English
 * fallback (rows written before keys were stored).
 */
export function useKeyedText() {
  const t = useTranslations();
  return (key: string | null | undefined, params: KeyedParams, fallback: string | null | undefined): string => {
    if (key && t.has(key)) return t(key, (params ?? undefined) as Record<string, string | number> | undefined);
    return fallback ?? "";
  };
}

/** What a provider itself said, verbatim and labelled as its words ("Trendyol yanıtı: …"), never inside our sentence. */
export function ProviderSaid({ provider, message }: { provider: string; message: string | null | undefined }) {
  const t = useTranslations();
  if (!message) return null;
  return (
    <span className="mt-1 block text-slate-700" data-testid="provider-said">
      {t("providerSaid", { provider: providerName(provider) })} <q>{message}</q>
    </span>
  );
}
