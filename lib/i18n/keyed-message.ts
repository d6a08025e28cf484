import { AppError, ProviderError } from "@/lib/errors";

export type MessageParamsValue = string | number;
/**
 * A sentence stored for later (a sync item, a failed run, a webhook's error): a message key with its parameters,
 * rendered in the reader's language when shown. The English text is stored beside it as the fallback for old rows.
 */
export type KeyedMessage = { key: string; params?: Record<string, MessageParamsValue> };

/** `errors.x` for a bare key, the key itself when it already names its namespace. */
export const fullMessageKey = (key: string) => (key.includes(".") ? key : `errors.${key}`);

/** The translatable form of an error we raised (AppError or ProviderError with a message key), if it has one. */
export function keyedMessageOf(error: unknown): KeyedMessage | undefined {
  if (error instanceof ProviderError && error.messageKey)
    return { key: fullMessageKey(error.messageKey), params: error.params };
  if (error instanceof AppError && typeof error.details?.messageKey === "string")
    return {
      key: fullMessageKey(error.details.messageKey),
      params: (error.details.params ?? undefined) as Record<string, MessageParamsValue> | undefined,
    };
  return undefined;
}

/** What the provider itself said about an error, verbatim, to show labelled beside our sentence. */
export function providerMessageOf(error: unknown): string | null {
  return error instanceof ProviderError ? (error.providerMessage ?? null) : null;
}
