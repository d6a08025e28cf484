import type { CredentialField } from "@/lib/providers/types";

/**
 * Fields naming where the integration's secrets are sent: every URL field (`base_url`, Aras' `query_url`, Luca's
 * `einvoice_url`, Hepsiburada's per-service URLs) and Shopify's shop domain. Pure, so the settings form uses it too.
 */
export function isSecretDestination(field: CredentialField): boolean {
  return field.inputType === "url" || field.isSecretDestination === true;
}

/** The origin a destination field's value points at ("" when unset or unreadable), for spotting a real change. */
export function destinationOrigin(value: string | null | undefined): string {
  const text = value?.trim();
  if (!text) return "";
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).origin.toLowerCase();
  } catch {
    return text.toLowerCase();
  }
}

/** The destination fields whose origin differs between the stored and the new settings. */
export function changedDestinations(
  fields: readonly CredentialField[],
  stored: Record<string, string | undefined>,
  next: Record<string, string | undefined>,
  /** What an unset field means (`base_url` → the provider's production URL). */
  defaults: Record<string, string | undefined> = {},
): CredentialField[] {
  const origin = (values: Record<string, string | undefined>, name: string) =>
    destinationOrigin(values[name]?.trim() || defaults[name]);
  return fields.filter(
    (field) => isSecretDestination(field) && origin(stored, field.name) !== origin(next, field.name),
  );
}

/** Whether a field is shown (and so can be re-entered) under the given settings (`showWhen`). */
export function isFieldShown(field: CredentialField, settings: Record<string, string | undefined>): boolean {
  return (
    !field.showWhen || Object.entries(field.showWhen).every(([name, values]) => values.includes(settings[name] ?? ""))
  );
}
