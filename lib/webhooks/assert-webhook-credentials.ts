import { AppError } from "@/lib/errors";
import { getProvider } from "@/lib/providers/registry";

/**
 * For providers that authenticate deliveries with Basic or an API key: a test delivery without them could only be
 * answered 401, so say beforehand which stored credential is missing instead of sending it.
 */
export function assertWebhookCredentials(
  providerId: string,
  credentials: Record<string, unknown>,
  headers: Record<string, string>,
): void {
  const generated = getProvider(providerId)?.credentialFields.filter((field) => field.generated) ?? [];
  const carriesAuth = Object.keys(headers).some((name) => ["authorization", "x-api-key"].includes(name.toLowerCase()));
  if (generated.length === 0 || carriesAuth) return;
  const missing = generated.filter((field) => !credentials[field.name]).map((field) => field.name);
  throw new AppError("invalid_input", `The webhook credentials are not set: ${missing.join(", ")}`, {
    messageKey: "errors.webhook_credentials_missing",
    params: { fields: missing.join(", ") },
  });
}
