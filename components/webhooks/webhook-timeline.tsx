import { useTranslations } from "next-intl";
import { useKeyedText } from "@/components/i18n/keyed-text";
import { DateTime } from "@/components/sync/date-time";
import type { WebhookTimelineEntry } from "./webhook-types";

const DOT: Record<string, string> = {
  processed: "bg-emerald-500",
  failed: "bg-red-500",
  rejected: "bg-red-500",
  skipped: "bg-amber-500",
  processing: "bg-indigo-500",
};

/** Every state the event went through, oldest first, with the runner's or handler's note. */
export function WebhookTimeline({ entries }: { entries: WebhookTimelineEntry[] }) {
  const t = useTranslations("webhookUi");
  const keyed = useKeyedText();
  if (entries.length === 0) return <p className="text-sm text-slate-500">{t("detail.noTimeline")}</p>;
  return (
    <ol className="relative space-y-3 border-l border-slate-200 pl-5" data-testid="webhook-timeline">
      {entries.map((entry, index) => (
        <li key={`${entry.at}-${index}`} className="relative">
          <span
            aria-hidden="true"
            className={`absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full ring-4 ring-white ${DOT[entry.status] ?? "bg-slate-400"}`}
          />
          <p className="text-sm">
            <span className="font-medium text-slate-900">
              {t.has(`status.${entry.status}`) ? t(`status.${entry.status}`) : entry.status}
            </span>
            <span className="ml-2 text-xs text-slate-500">
              <DateTime value={entry.at} withSeconds />
            </span>
          </p>
          {(entry.note || entry.noteKey) && (
            <p className="mt-0.5 text-sm break-words text-slate-600">
              {/* A console test delivery's note is the handler's, after the "nothing was kept" marker. */}
              {entry.noteKey &&
              entry.noteKey !== "webhookUi.notes.testNothingKept" &&
              entry.note?.startsWith("test delivery, nothing was kept")
                ? `${t("notes.testPrefix")}: `
                : null}
              {keyed(entry.noteKey, entry.noteParams, entry.note)}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
