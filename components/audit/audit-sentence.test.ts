import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import { auditSentence, type AuditTranslate } from "./audit-sentence";

async function translator(locale: "tr" | "en"): Promise<AuditTranslate> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), onError: () => {} });
  const translate = ((key: string, params?: Record<string, string | number>) =>
    t(key as never, params as never)) as AuditTranslate;
  translate.has = (key: string) => t.has(key as never);
  return translate;
}
const money = (kurus: number) => `${(kurus / 100).toFixed(2)} TL`;
const row = (action: string, details: Record<string, unknown> | null, extra: Record<string, string> = {}) => ({
  action,
  actorEmail: "ayse@example.com",
  actorName: "Ayşe",
  targetType: "integration",
  targetId: "trendyol",
  details,
  ...extra,
});

describe("audit log sentences", () => {
  it("says who changed which credential of which provider, in Turkish and English", async () => {
    const entry = row("integration.updated", { changed_fields: ["api_key"], is_active: true });
    expect(auditSentence(entry, await translator("tr"), money)).toBe("Ayşe, Trendyol'un API anahtarını değiştirdi");
    expect(auditSentence(entry, await translator("en"), money)).toBe("Ayşe changed Trendyol's API key");
    const two = row("integration.updated", { changed_fields: ["api_key", "api_secret"] });
    expect(auditSentence(two, await translator("tr"), money)).toBe(
      "Ayşe, Trendyol'un API anahtarını ve API gizli anahtarını değiştirdi",
    );
    const none = row("integration.updated", { changed_fields: [] }, { targetId: "hepsiburada" });
    expect(auditSentence(none, await translator("tr"), money)).toBe("Ayşe, Hepsiburada'nın ayarlarını güncelledi");
  });

  it("reads every recorded action as a sentence, never the raw code", async () => {
    const tr = await translator("tr");
    expect(auditSentence(row("sync.requested", { integration: "trendyol", kind: "orders_in" }), tr, money)).not.toMatch(
      /orders_in|sync\.requested/,
    );
    expect(auditSentence(row("auth.login", null, { actorName: "" }), tr, money)).toBe("ayse@example.com oturum açtı");
    expect(auditSentence(row("payment.refunded", { amount: 12345 }), tr, money)).toBe("Ayşe 123.45 TL iade etti");
    expect(auditSentence(row("webhook.bulk_replayed", { count: 3 }), tr, money)).toBe(
      "Ayşe, 3 webhook olayını yeniden işletti",
    );
  });
});
