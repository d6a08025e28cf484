import type { z } from "zod";
import type { Locale } from "./config";
import type { MessageParams, Translate } from "./server-translator";

// A custom zod message or an AppError `messageKey` that names a message (`validation.price`, `errors.no_such_run`).
export const looksLikeKey = (text: string) => /^[a-z][\w-]*(\.[\w-]+)+$/i.test(text);

/**
 * One zod issue in the reader's language, from its code and parameters; never from zod's English text. Pure, so forms
 * use it in the browser exactly as the API does on the server.
 */
export function localizeIssue(issue: z.core.$ZodIssue, t: Translate, locale: Locale): string {
  const fallback = () => t("validation.invalid") ?? issue.message;
  const params = ("params" in issue ? issue.params : undefined) as MessageParams | undefined;
  const keyed = looksLikeKey(issue.message) ? t(issue.message, params) : undefined;
  if (keyed) return keyed;
  switch (issue.code) {
    case "invalid_type":
      // zod drops the input from finished issues; its default text is how a missing value is still told apart.
      return (issue.message.endsWith("received undefined") ? t("validation.required") : undefined) ?? fallback();
    case "too_small": {
      const minimum = Number(issue.minimum);
      if (issue.origin === "string" && minimum <= 1) return t("validation.required") ?? fallback();
      const kind =
        issue.origin === "string" ? "string" : issue.origin === "array" || issue.origin === "set" ? "array" : "number";
      const key =
        kind === "number" && !issue.inclusive
          ? "validation.too_small.number_exclusive"
          : `validation.too_small.${kind}`;
      return t(key, { minimum }) ?? fallback();
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      const kind =
        issue.origin === "string" ? "string" : issue.origin === "array" || issue.origin === "set" ? "array" : "number";
      return t(`validation.too_big.${kind}`, { maximum }) ?? fallback();
    }
    case "invalid_format":
      return t(`validation.format.${issue.format}`) ?? t("validation.format.other") ?? fallback();
    case "invalid_value":
      return t("validation.invalid_value", { options: issue.values.map(String).join(", ") }) ?? fallback();
    case "unrecognized_keys":
      return t("validation.unrecognized_keys", { keys: issue.keys.join(", ") }) ?? fallback();
    case "custom":
      return locale === "en" && !looksLikeKey(issue.message) ? issue.message : fallback();
    default:
      return fallback();
  }
}
