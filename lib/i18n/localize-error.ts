import type { z } from "zod";
import { AppError, ERROR_STATUS } from "@/lib/errors";
import type { Locale } from "./config";
import { localizeIssue } from "./localize-issue";
import { getServerTranslator, type MessageParams, type Translate } from "./server-translator";

export { localizeIssue };

export type LocalizedIssue = { path: string; code: string; message: string };
export type LocalizedErrorBody = { error: string; message: string; issues?: LocalizedIssue[] } & Record<
  string,
  unknown
>;

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
