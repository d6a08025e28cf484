import { randomBytes } from "node:crypto";
import type { CredentialField } from "@/lib/providers/types";

const generate = (kind: NonNullable<CredentialField["generated"]>) =>
  kind === "username" ? `kopru-${randomBytes(6).toString("hex")}` : randomBytes(24).toString("base64url");

/**
 * Fills the webhook credentials Köprü owns (Hepsiburada's Basic user and password, Trendyol's API key)
 * when an integration is active and they are still empty, so no merchant has to invent them. Values already set, by an
 * admin or an earlier activation, are kept. Returns the names it filled.
 */
export function fillGeneratedCredentials(fields: readonly CredentialField[], values: Record<string, string>): string[] {
  const filled: string[] = [];
  for (const field of fields) {
    if (!field.generated || values[field.name]) continue;
    values[field.name] = generate(field.generated);
    filled.push(field.name);
  }
  return filled;
}
