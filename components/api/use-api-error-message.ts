"use client";

import { useTranslations } from "next-intl";
import { ApiError } from "./fetch-json";

/**
 * Turns any thrown error into a sentence in the reader's language. Our API already answers `message` in the console's
 * locale (it reads the same language cookie), so that sentence is used as it is; codes only cover answers without one.
 */
export function useApiErrorMessage(): (error: unknown) => string {
  const t = useTranslations("errors");
  return (error) => {
    if (error instanceof ApiError) return error.message || (t.has(error.code) ? t(error.code) : t("internal"));
    if (error instanceof TypeError) return t("network");
    return t("internal");
  };
}
