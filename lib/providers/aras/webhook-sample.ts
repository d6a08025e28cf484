import { randomInt } from "node:crypto";
import type { ArasCredentials } from "@/lib/providers/aras/config";
import type { ArasWebhookEventType } from "@/lib/providers/aras/wire";
import { buildSharedWebhookAuthHeaders } from "@/lib/providers/webhook-sample-auth";
import type { SampleWebhook } from "@/lib/providers/webhook-types";

export { ARAS_WEBHOOK_EVENT_TYPES } from "@/lib/providers/aras/wire";

const STATUS: Record<ArasWebhookEventType, { DURUM_KODU: string; TIP_KODU: string; DURUMU: string }> = {
  "shipment.status_changed": { DURUM_KODU: "2", TIP_KODU: "1", DURUMU: "YOLDA" },
  "shipment.delivered": { DURUM_KODU: "6", TIP_KODU: "1", DURUMU: "TESLİM EDİLDİ" },
  "shipment.returned": { DURUM_KODU: "2", TIP_KODU: "3", DURUMU: "İADE" },
};

/** "dd.MM.yyyy HH:mm:ss", as Aras's query service prints dates. */
function arasDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** A QueryType 1 `Cargo` row as a relay forwards it, with the Basic or `x-api-key` header configured in Köprü. */
export function buildSampleArasWebhook(
  eventType: ArasWebhookEventType,
  credentials: Pick<ArasCredentials, "webhook_username" | "webhook_password" | "webhook_api_key">,
): SampleWebhook {
  const now = new Date();
  const row = {
    MUSTERI_OZEL_KODU: String(randomInt(100_000, 999_999_999)),
    IRSALIYE_NUMARA: "KPR0000001001",
    GONDERICI: "KÖPRÜ DEMO MAĞAZA",
    ALICI: "AYŞE YILMAZ",
    KARGO_TAKIP_NO: String(randomInt(1_000_000, 9_999_999)).padStart(13, "3"),
    CIKIS_SUBE: "İKİTELLİ",
    VARIS_SUBE: "KADIKÖY",
    ADET: "1",
    DESI: "2",
    ODEME_TIPI: "ÜG",
    ...STATUS[eventType],
    TESLIM_ALAN: eventType === "shipment.delivered" ? "AYŞE YILMAZ" : null,
    DEVIR_KODU: null,
    ISLEM_TARIHI: arasDate(now),
  };
  const auth = {
    username: credentials.webhook_username,
    password: credentials.webhook_password,
    apiKey: credentials.webhook_api_key,
  };
  return {
    body: JSON.stringify(row),
    headers: { "content-type": "application/json", ...buildSharedWebhookAuthHeaders(auth) },
  };
}
