import { useTranslations } from "next-intl";

/** Marks deliveries sent by Köprü's own "Send test webhook" button, so they are never mistaken for real traffic. */
export function TestEventBadge() {
  const t = useTranslations("webhookUi");
  return (
    <span
      title={t("testHint")}
      data-testid="test-badge"
      className="inline-flex items-center rounded border border-dashed border-amber-400 bg-amber-50 px-1.5 py-0.5 text-[11px] font-bold uppercase tracking-wider text-amber-800"
    >
      {t("testBadge")}
    </span>
  );
}
