import { getTranslations } from "next-intl/server";

type ApiVersionNoticeProps = { provider: string; pinned: string; served: string | undefined };

/** Warns when the provider answered with another API version than the pinned one (e.g. Shopify's fall-forward). */
export async function ApiVersionNotice({ provider, pinned, served }: ApiVersionNoticeProps) {
  if (!served || served === pinned) return null;
  const t = await getTranslations("integrations.apiVersionNotice");
  return (
    <div
      role="status"
      data-testid="api-version-notice"
      className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3"
    >
      <p className="text-sm font-semibold text-amber-900">{t("title", { provider })}</p>
      <p className="mt-1 text-sm text-amber-900">{t("body", { provider, pinned, served })}</p>
    </div>
  );
}
