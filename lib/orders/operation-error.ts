import { AppError, type ProviderError } from "@/lib/errors";

/** A marketplace's refusal of an order operation: our sentence, with the marketplace's own words kept beside it. */
export function toOperationError(error: ProviderError, marketplace: string): AppError {
  const code =
    error.kind === "rate_limited"
      ? "rate_limited"
      : error.kind === "unavailable" || error.kind === "network"
        ? "provider_unavailable"
        : "invalid_input";
  return new AppError(code, `The marketplace refused the operation: ${error.message}`, {
    messageKey: "errors.marketplace_refused_operation",
    params: { marketplace },
    providerMessage: error.message,
  });
}
