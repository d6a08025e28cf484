import { useTranslations } from "next-intl";

/** Tells a viewer why the edit controls are inert, once, instead of leaving them to guess. */
export function ViewOnlyNotice() {
  const t = useTranslations("products");
  return (
    <p role="note" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {t("viewOnly")}
    </p>
  );
}
