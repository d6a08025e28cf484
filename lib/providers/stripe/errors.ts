import Stripe from "stripe";
import { ProviderError, type ProviderErrorKind } from "@/lib/errors";

const DECLINES: Record<string, string> = {
  insufficient_funds: "insufficient_funds",
  expired_card: "expired_card",
  incorrect_cvc: "invalid_cvc",
  invalid_cvc: "invalid_cvc",
  lost_card: "lost_or_stolen_card",
  stolen_card: "lost_or_stolen_card",
  pickup_card: "lost_or_stolen_card",
  fraudulent: "fraud_suspect",
  do_not_honor: "do_not_honour",
  incorrect_number: "invalid_card_number",
};

/** Our message key for a Stripe decline (`decline_code` first, then `code`). */
export function stripeDeclineKey(error: { code?: string | null; decline_code?: string | null }): string {
  return DECLINES[error.decline_code ?? ""] ?? DECLINES[error.code ?? ""] ?? "card_declined";
}

/** A ProviderError carrying a message key; Stripe's own message is kept apart and never for auth errors (it quotes the key). */
export class StripeProviderError extends ProviderError {
  readonly messageKey: string;
  readonly providerMessage: string | null;
  readonly stripeCode: string | null;

  constructor(
    kind: ProviderErrorKind,
    messageKey: string,
    options: { status?: number; providerMessage?: string | null; code?: string | null; cause?: unknown },
  ) {
    super(
      kind,
      `Stripe refused the request (${messageKey}${options.status ? `, HTTP ${options.status}` : ""})`,
      options,
    );
    this.name = "StripeProviderError";
    this.messageKey = messageKey;
    this.providerMessage = options.providerMessage ?? null;
    this.stripeCode = options.code ?? null;
  }

  get details(): Record<string, unknown> {
    return {
      messageKey: `errors.payments.${this.messageKey}`,
      params: { provider: "stripe", code: this.stripeCode },
      providerMessage: this.providerMessage,
    };
  }
}

/** stripe-node's error classes → our kinds; anything else is rethrown untouched. */
export function toStripeProviderError(error: unknown): unknown {
  if (!(error instanceof Stripe.errors.StripeError)) return error;
  const base = { status: error.statusCode, code: error.code ?? null, cause: error };
  if (error instanceof Stripe.errors.StripeAuthenticationError)
    return new StripeProviderError("auth", "stripe_bad_key", base);
  if (error instanceof Stripe.errors.StripePermissionError)
    return new StripeProviderError("forbidden", "stripe_forbidden", base);
  if (error instanceof Stripe.errors.StripeConnectionError)
    return new StripeProviderError("network", "provider_unreachable", base);
  if (error instanceof Stripe.errors.StripeRateLimitError)
    return new StripeProviderError("rate_limited", "provider_rate_limited", base);
  if (error instanceof Stripe.errors.StripeCardError)
    return new StripeProviderError("invalid_request", stripeDeclineKey(error), {
      ...base,
      providerMessage: error.message,
    });
  if (error instanceof Stripe.errors.StripeIdempotencyError)
    return new StripeProviderError("invalid_request", "stripe_idempotency_conflict", base);
  if (error instanceof Stripe.errors.StripeInvalidRequestError) {
    const kind = error.statusCode === 404 ? "not_found" : "invalid_request";
    return new StripeProviderError(kind, error.statusCode === 404 ? "stripe_not_found" : "stripe_invalid_request", {
      ...base,
      providerMessage: error.message,
    });
  }
  return new StripeProviderError("unavailable", "provider_unavailable", base);
}
