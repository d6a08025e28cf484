import type { AuditItem } from "./audit-queries";

type Params = Record<string, string | number>;
/** A translator over the whole message tree (`audit.…`, `roles.…`, `syncKinds.…`). */
export type AuditTranslate = { (key: string, params?: Params): string; has(key: string): boolean };

const PROVIDER_NAMES: Record<string, string> = {
  trendyol: "Trendyol",
  hepsiburada: "Hepsiburada",
  shopify: "Shopify",
  iyzico: "iyzico",
  stripe: "Stripe",
  aras: "Aras Kargo",
  luca: "Luca",
};

const str = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");

/** "a", "a and b", "a, b and c" in the reader's language. */
function joinList(parts: string[], and: string): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")}${and}${parts.at(-1)}`;
}

/**
 * One audit row as a sentence in the reader's language, from its action and details: "Ayşe, Trendyol'un API
 * anahtarını değiştirdi" / "Ayşe changed Trendyol's API key". Unknown actions still read "Ayşe: the.action".
 */
export function auditSentence(
  item: Pick<AuditItem, "action" | "actorEmail" | "targetType" | "targetId" | "details"> & {
    actorName?: string | null;
  },
  t: AuditTranslate,
  formatMoney: (kurus: number) => string,
): string {
  const details = item.details ?? {};
  const actor = item.actorName || item.actorEmail || t("audit.system");
  const target = item.targetId ?? "";
  const providerId =
    str(details.integration) || str(details.provider) || (item.targetType === "integration" ? target : "");
  const provider = PROVIDER_NAMES[providerId] ?? providerId;
  const providerGen = t.has(`audit.genitive.${providerId}`) ? t(`audit.genitive.${providerId}`) : provider;
  const kind = str(details.kind);
  const base: Params = {
    actor,
    target,
    provider,
    providerGen,
    kind: kind && t.has(`syncKinds.${kind}`) ? t(`syncKinds.${kind}`) : kind,
    count: Number(details.count ?? 0),
  };
  const sentence = (key: string, extra: Params = {}) => t(`audit.sentences.${key}`, { ...base, ...extra });

  switch (item.action) {
    case "integration.updated": {
      const fields = Array.isArray(details.changed_fields) ? details.changed_fields.map(String) : [];
      const named = fields.filter((field) => t.has(`audit.fieldsAcc.${field}`));
      if (named.length === 0 || named.length !== fields.length) return sentence("integration_updated_settings");
      const list = joinList(
        named.map((field) => t(`audit.fieldsAcc.${field}`)),
        t("audit.and"),
      );
      return sentence("integration_updated", { fields: list });
    }
    case "user.invited": {
      const role = str(details.role);
      return sentence("user_invited", {
        email: str(details.email),
        role: t.has(`roles.${role}`) ? t(`roles.${role}`) : role,
      });
    }
    case "api_token.created":
      return sentence("api_token_created", { name: str(details.name) });
    case "webhook.test_sent":
      return sentence("webhook_test_sent", { type: str(details.event_type) });
    case "product.updated": {
      const changes = details.changes && typeof details.changes === "object" ? Object.keys(details.changes) : [];
      const fields = changes.map((field) =>
        t.has(`audit.productFields.${field}`) ? t(`audit.productFields.${field}`) : field,
      );
      return sentence("product_updated", { sku: str(details.sku), fields: fields.join(", ") });
    }
    case "catalog.category_matched":
      return sentence("catalog_category_matched", { category: str(details.localCategory) });
    case "payment.refunded":
    case "payment.link_created":
      return sentence(item.action === "payment.refunded" ? "payment_refunded" : "payment_link_created", {
        amount: formatMoney(Number(details.amount ?? 0)),
      });
  }
  if (item.action.startsWith("order.claim_")) return sentence(item.action.replace(".", "_"));
  if (item.action.startsWith("order.")) {
    const step = item.action.slice("order.".length);
    return sentence("order_changed", {
      step: t.has(`audit.orderSteps.${step}`) ? t(`audit.orderSteps.${step}`) : step,
    });
  }
  const key = item.action.replaceAll(".", "_");
  if (t.has(`audit.sentences.${key}`)) return sentence(key);
  const label = t.has(`audit.actions.${key}`) ? t(`audit.actions.${key}`) : item.action;
  return sentence("other", { action: label });
}
