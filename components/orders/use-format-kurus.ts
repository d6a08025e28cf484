"use client";

import { useFormatter } from "next-intl";

/** 124990 kuruş → "₺1.249,90" (Turkish) or "TRY 1,249.90" (English); other currencies in their own minor unit. */
export function useFormatKurus(): (kurus: number, currency?: string) => string {
  const format = useFormatter();
  return (kurus, currency = "TRY") =>
    format.number(kurus / 100, { style: "currency", currency: currency.toUpperCase() });
}
