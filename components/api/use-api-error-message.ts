"use client";

import { useTranslations } from "next-intl";
import { ApiError } from "./fetch-json";

const KNOWN_CODES = ["invalid_input", "unauthorized", "forbidden", "not_found", "conflict", "rate_limited"] as const;

/** Turns any thrown error into a localized sentence; API error codes map to messages under `errors.*`. */
export function useApiErrorMessage(): (error: unknown) => string {
  const t = useTranslations("errors");
  return (error) => {
    if (error instanceof ApiError) {
      const code = KNOWN_CODES.find((known) => known === error.code);
      if (code) return t(code);
    }
    if (error instanceof TypeError) return t("network");
    return t("internal");
  };
}
