import { AppError } from "@/lib/errors";
import { baseUrlProblem } from "@/lib/providers/outbound-guard";
import type { AnyProviderEntry } from "@/lib/providers/registry";
import { changedDestinations, isFieldShown, isSecretDestination } from "./secret-destinations";

type Values = Record<string, string | undefined>;
export type UrlChange = { field: string; from: string | null; to: string | null };

/** Userinfo in a URL could be a password; the audit log keeps the address without it. */
const forAudit = (value: string | undefined) => (value ? value.replace(/\/\/[^/@]*@/, "//") : null);

const issue = (field: string, message: string) => ({ code: "custom", path: [field], message });

/**
 * Before a save: every address secrets go to must be one the outbound guard allows (literal IPs checked now; names
 * again at each connection), and moving any of them to another origin needs every stored secret re-entered in the
 * same request, so a stolen session cannot redirect the merchant's keys to its own server. Stored secrets hidden
 * under the current settings cannot be re-entered and are dropped instead. Returns the changes for the audit log.
 */
export function guardSecretDestinations(options: {
  provider: AnyProviderEntry;
  body: Record<string, unknown>;
  current: Values;
  /** The parsed new values; stored secrets that cannot be re-entered are deleted from it. */
  next: Values;
  existing: unknown;
}): UrlChange[] {
  const { provider, body, current, next } = options;
  const fields = provider.credentialFields;

  const addressIssues = fields.flatMap((field) => {
    const value = next[field.name];
    if (!isSecretDestination(field) || !value || value === current[field.name]) return [];
    const problem = baseUrlProblem(field.inputType === "url" ? value : `https://${value}`);
    return problem ? [issue(field.name, `security.base_url_${problem}`)] : [];
  });
  if (addressIssues.length)
    throw new AppError("invalid_input", "This address cannot receive the integration's secrets", {
      messageKey: `security.base_url_${addressIssues[0]!.message.split("_").pop()}`,
      issues: addressIssues,
    });

  if (!options.existing) return [];
  const moved = changedDestinations(fields, current, next, { base_url: provider.defaultBaseUrl });
  if (moved.length === 0) return [];
  const reentered = (name: string) => typeof body[name] === "string" && (body[name] as string).trim() !== "";
  // Generated fields are webhook credentials the provider sends to us; they never travel to a changed address.
  const stored = fields.filter((field) => field.isSecret && !field.generated && current[field.name]);
  const missing = stored.filter((field) => isFieldShown(field, next) && !reentered(field.name));
  if (missing.length) {
    const names = missing.map((field) => field.name);
    const destinations = moved.map((field) => field.name).join(", ");
    throw new AppError(
      "invalid_input",
      `Changing ${destinations} sends the secrets to a new address: re-enter ${names.join(", ")} in the same save`,
      {
        messageKey: "security.secrets_required_for_url_change",
        params: { fields: names.join(", "), destinations },
        missing_fields: names,
        issues: missing.map((field) => issue(field.name, "security.reenter_secret")),
      },
    );
  }
  for (const field of stored) if (!reentered(field.name)) delete next[field.name];
  return moved.map((field) => ({
    field: field.name,
    from: forAudit(current[field.name]),
    to: forAudit(next[field.name]),
  }));
}
