"use client";

import { useTranslations } from "next-intl";

/** A stored step error in the reader's language: its message key with params, or the English sentence kept with it. */
export function useStepErrorText() {
  const t = useTranslations();
  return (error: { code: string; params: Record<string, string | number> | null; message: string }) =>
    t.has(error.code) ? t(error.code, error.params ?? {}) : error.message;
}
