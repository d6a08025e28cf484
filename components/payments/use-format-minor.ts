"use client";

import { useFormatter } from "next-intl";
import { currencyDigits } from "@/lib/payments/currency";

/** Minor units → the reader's currency format, by the currency's own decimals (124990 TRY → "₺1.249,90"). */
export function useFormatMinor(): (minor: number, currency?: string | null) => string {
  const format = useFormatter();
  return (minor, currency) => {
    const code = (currency ?? "TRY").toUpperCase();
    return format.number(minor / 10 ** currencyDigits(code), { style: "currency", currency: code });
  };
}
