import type { z } from "zod";
import { AppError, ERROR_STATUS } from "@/lib/errors";
import type { Locale } from "./config";
import { getServerTranslator, type MessageParams, type Translate } from "./server-translator";

export type LocalizedIssue = { path: string; code: string; message: string };
export type LocalizedErrorBody = { error: string; message: string; issues?: LocalizedIssue[] } & Record<
  string,
  unknown
>;

// A custom zod message or an AppError `messageKey` that names a message (`validation.price`, `errors.no_such_run`).
const looksLikeKey = (text: string) => /^[a-z][\w-]*(\.[\w-]+)+$/i.test(text);

/** One zod issue in the reader's language, from its code and parameters; never from zod's English text. */
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

/** An AppError's text: its `messageKey` translated when it has one, else the English message or the code's sentence. */
export function localizeAppError(error: AppError, t: Translate, locale: Locale): string {
  const key = typeof error.details?.messageKey === "string" ? error.details.messageKey : undefined;
  const params = (error.details?.params ?? {}) as MessageParams;
  const translated = key
    ? t(key.startsWith("errors.") || key.includes(".") ? key : `errors.${key}`, params)
    : undefined;
  if (translated) return translated;
  return locale === "en" ? error.message : (t(`errors.${error.code}`) ?? error.message);
}

/** The status and JSON body our API answers for an error, with every sentence in the reader's language. */
export async function localizeError(
  error: AppError | z.ZodError,
  locale: Locale,
): Promise<{ status: number; body: LocalizedErrorBody }> {
  const t = await getServerTranslator(locale);
  if (error instanceof AppError) {
    const issues = Array.isArray(error.details?.issues) ? (error.details.issues as z.core.$ZodIssue[]) : undefined;
    return {
      status: error.status,
      body: {
        ...error.details,
        error: error.code,
        message: localizeAppError(error, t, locale),
        ...(issues ? { issues: issues.map((issue) => toLocalizedIssue(issue, t, locale)) } : {}),
      },
    };
  }
  const issues = error.issues.map((issue) => toLocalizedIssue(issue, t, locale));
  const message = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ");
  return { status: ERROR_STATUS.invalid_input, body: { error: "invalid_input", message, issues } };
}

// Lib code may hand plain `{ path: "field", message: "errors.key", params }` issues; they read as custom issues.
function toLocalizedIssue(raw: z.core.$ZodIssue, t: Translate, locale: Locale): LocalizedIssue {
  const issue = { ...(raw as object), code: raw.code ?? "custom" } as z.core.$ZodIssue;
  const path = Array.isArray(issue.path) ? issue.path.join(".") : String(issue.path ?? "");
  return { path, code: issue.code, message: localizeIssue(issue, t, locale) };
}
