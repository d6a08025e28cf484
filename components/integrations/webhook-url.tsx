import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";
import { INPUT_CLASS } from "@/components/ui/input-class";

export function WebhookUrl({ url }: { url: string }) {
  const t = useTranslations("integrations.webhook");
  return (
    <section aria-labelledby="webhook-url-title" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="webhook-url-title" className="text-base font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      <div className="mt-4 flex items-center gap-2">
        <input
          readOnly
          value={url}
          aria-label={t("title")}
          data-testid="webhook-url"
          className={`${INPUT_CLASS} font-mono`}
        />
        <CopyButton value={url} />
      </div>
    </section>
  );
}
