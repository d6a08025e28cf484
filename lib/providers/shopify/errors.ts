import { ProviderError, type ProviderErrorKind } from "@/lib/errors";

/**
 * A Shopify failure a merchant reads: `details.messageKey` + `details.params` are the stable, translatable form
 * (texts under `errors.<key>`), `details.providerMessage` is what Shopify said, verbatim. Never carries a secret.
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
    this.details = { messageKey, params: options.params ?? {}, providerMessage: options.providerMessage };
  }
}
