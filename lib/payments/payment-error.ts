import { AppError } from "@/lib/errors";
import { ProviderError } from "@/lib/errors";

/**
 * A provider failure as the API reports it: our message key and parameters for the reader's language, the provider's
 * own words apart. Auth and rate-limit failures keep their meaning; declines are invalid input; the rest is a 502.
 */
export function toPaymentAppError(error: unknown): unknown {
  if (!(error instanceof ProviderError)) return error;
  const coded = error as ProviderError & { details?: Record<string, unknown> };
  const details = coded.details ?? { messageKey: `errors.payments.provider_${error.kind}`, params: {} };
  if (error.kind === "rate_limited") return new AppError("rate_limited", error.message, details);
  if (error.kind === "invalid_request" || error.kind === "not_found")
    return new AppError("invalid_input", error.message, details);
  return new AppError("provider_unavailable", error.message, { ...details, providerErrorKind: error.kind });
}
