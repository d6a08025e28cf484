import { useTranslations } from "next-intl";

/** A determinate bar once the server reports a total; before that (the upload) an indeterminate one. */
export function ImportProgress({ processed, total }: { processed?: number; total?: number }) {
  const t = useTranslations("products.import");
  const isKnown = processed !== undefined && total !== undefined;
  const percent = isKnown ? (total === 0 ? 100 : Math.round((processed / total) * 100)) : undefined;
  return (
    <div className="space-y-2">
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={isKnown ? t("progress", { processed, total }) : t("uploading")}
        className="h-2.5 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full rounded-full bg-indigo-600 transition-[width] duration-300 ${isKnown ? "" : "w-1/3 animate-pulse"}`}
          style={isKnown ? { width: `${percent}%` } : undefined}
        />
      </div>
      <p className="text-sm tabular-nums text-slate-600" aria-live="polite">
        {isKnown ? t("progress", { processed, total }) : t("uploading")}
      </p>
    </div>
  );
}
