"use client";

import { useFormatter } from "next-intl";

/** "199.90" (the API's TRY decimal) → "₺199,90" in Turkish, "TRY 199.90" in English. */
export function useFormatTry(): (amount: string) => string {
  const format = useFormatter();
  return (amount) => format.number(Number(amount), { style: "currency", currency: "TRY" });
}
