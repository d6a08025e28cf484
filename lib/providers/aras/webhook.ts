import type { ArasCredentials } from "@/lib/providers/aras/config";
import { arasEventType, arasShipmentStatusSchema } from "@/lib/providers/aras/wire";
import { parseJsonBody } from "@/lib/providers/webhook-parse";
import { verifySharedWebhookAuth } from "@/lib/providers/webhook-shared-auth";
import type { WebhookParse, WebhookVerification } from "@/lib/providers/webhook-types";

/** Deliveries (from a relay; Aras itself pushes nothing) carry the Basic credentials or `x-api-key` chosen in Köprü. */
export function verifyArasWebhook(input: {
  rawBody: string;
  headers: Headers;
  credentials: Pick<ArasCredentials, "webhook_username" | "webhook_password" | "webhook_api_key">;
  now?: Date;
}): WebhookVerification {
  const { webhook_username: username, webhook_password: password, webhook_api_key: apiKey } = input.credentials;
  return verifySharedWebhookAuth(input.headers, { username, password, apiKey });
}

/** Event id `integrationCode:DURUM_KODU:TIP_KODU:ISLEM_TARIHI`, so the same movement forwarded twice dedupes. */
export function parseArasWebhook(input: { rawBody: string; headers: Headers }): WebhookParse {
  const parsed = parseJsonBody(input.rawBody, arasShipmentStatusSchema);
  if (!parsed.ok) return parsed;
  const row = parsed.data;
  // Without the movement time two movements of one code could be distinct: dedupe on the body hash then.
  const eventId = row.ISLEM_TARIHI
    ? [row.MUSTERI_OZEL_KODU, row.DURUM_KODU, row.TIP_KODU ?? "1", row.ISLEM_TARIHI].join(":")
    : null;
  return { ok: true, eventId, eventType: arasEventType(row), payload: row };
}
