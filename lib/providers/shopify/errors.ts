import { ProviderError, type ProviderErrorKind } from "@/lib/errors";

/**
 * A Shopify failure a merchant reads: `details.messageKey` (`errors.shopify.<key>`) + `details.params` are the stable,
 * translatable form (texts in `lib/i18n/messages/shopify.*.json`), `details.providerMessage` is what Shopify said, verbatim. Never carries a secret.
 */
export class ShopifyError extends ProviderError {
  readonly details: { messageKey: string; params: Record<string, string | number>; providerMessage?: string };

  constructor(
    kind: ProviderErrorKind,
    messageKey: string,
    message: string,
    options: {
      params?: Record<string, string | number>;
      providerMessage?: string;
      status?: number;
      retryAfterMs?: number;
      cause?: unknown;
    } = {},
  ) {
    super(kind, message, options);
    this.name = "ShopifyError";
    this.details = {
      messageKey: `errors.shopify.${messageKey}`,
      params: options.params ?? {},
      providerMessage: options.providerMessage,
    };
  }
}
