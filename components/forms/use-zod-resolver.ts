"use client";

import { useLocale, useTranslations } from "next-intl";
import type { FieldError, FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { isLocale } from "@/lib/i18n/config";
import { localizeIssue } from "@/lib/i18n/localize-issue";
import type { MessageParams } from "@/lib/i18n/server-translator";

/**
 * A react-hook-form resolver that validates with a zod schema (the API's own, where there is one) and words each issue
 * in the console's language with the same mapping the API uses, so a form never shows zod's English.
 */
export function useZodResolver<Input extends FieldValues, Output extends FieldValues>(
  schema: z.ZodType<Output, Input>,
): Resolver<Input, unknown, Output> {
  const t = useTranslations();
  const current = useLocale();
  const locale = isLocale(current) ? current : "tr";
  const translate = (key: string, params?: MessageParams) =>
    t.has(key as never) ? t(key as never, params as never) : undefined;

  return async (values) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      // Keyed by the form field: an issue in a list (the third e-mail) belongs to the field that holds the list.
      const path = String(issue.path[0] ?? "root");
      errors[path] ??= { type: issue.code, message: localizeIssue(issue, translate, locale) };
    }
    return { values: {}, errors: errors as FieldErrors<Input> };
  };
}
