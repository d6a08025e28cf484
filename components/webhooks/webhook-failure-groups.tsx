"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { fetchJson } from "@/components/api/fetch-json";
import { useKeyedText } from "@/components/i18n/keyed-text";
import { Button } from "@/components/ui/button";

export type WebhookFailureGroup = {
  provider: string;
  error: string;
  errorKey?: string | null;
  errorParams?: Record<string, string | number> | null;
  count: number;
  lastReceivedAt: string;
};

export const webhookFailureGroupsQuery = () => ({
  queryKey: ["webhooks", "failures"],
  queryFn: () => fetchJson<{ groups: WebhookFailureGroup[] }>("/api/webhooks/failures"),
});

/**
 * Failed events grouped by error above the log: a provider's field rename is one line with its count, not thousands
 * of rows to page through. "Show" filters the log to that group, where "Replay all matching" replays it.
 */
export function WebhookFailureGroups({
  names,
  selected,
  onSelect,
}: {
  names: Record<string, string>;
  selected?: string;
  onSelect: (group: WebhookFailureGroup) => void;
}) {
  const t = useTranslations("webhookUi.failures");
  const format = useFormatter();
  const keyed = useKeyedText();
  const failures = useQuery(webhookFailureGroupsQuery());
  const groups = failures.data?.groups ?? [];
  if (groups.length === 0) return null;
  return (
    <section
      aria-labelledby="webhook-failure-groups"
      data-testid="webhook-failure-groups"
      className="rounded-lg border border-red-200 bg-red-50/60 p-4"
    >
      <h2 id="webhook-failure-groups" className="text-sm font-semibold text-red-900">
        {t("title")}
      </h2>
      <ul className="mt-2 divide-y divide-red-100">
        {groups.map((group) => (
          <li key={`${group.provider}\u0000${group.error}`} className="flex flex-wrap items-center gap-3 py-2 text-sm">
            <span className="font-medium text-slate-900">{names[group.provider] ?? group.provider}</span>
            <span className="min-w-0 flex-1 break-words font-mono text-xs text-red-800" title={group.error}>
              {keyed(group.errorKey, group.errorParams, group.error)}
            </span>
            <span className="tabular-nums text-slate-700">
              {t("count", { count: group.count })} ·{" "}
              {t("last", {
                at: format.dateTime(new Date(group.lastReceivedAt), { dateStyle: "short", timeStyle: "short" }),
              })}
            </span>
            <Button
              variant="secondary"
              size="sm"
              aria-pressed={selected === group.error}
              onClick={() => onSelect(group)}
            >
              {t("show")}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
