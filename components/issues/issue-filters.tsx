import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SELECT_CLASS } from "@/components/ui/input-class";
import { ISSUE_KINDS } from "@/lib/issues/issue-kinds";
import { ISSUE_STATUSES } from "@/lib/issues/list-issues";

type Filters = { status?: string; integration?: string; kind?: string };

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function IssueFilters({
  filters,
  integrations,
}: {
  filters: Filters;
  integrations: { id: string; name: string }[];
}) {
  const t = useTranslations("issues");
  return (
    <form method="get" action="/issues" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("filters.apply")}>
      <label className="text-sm font-medium text-slate-700">
        <span className="mb-1 block">{t("filters.status")}</span>
        <select name="status" defaultValue={filters.status ?? "active"} className={SELECT_CLASS}>
          <option value="active">{t("filters.active")}</option>
          {ISSUE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
          <option value="all">{t("filters.all")}</option>
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        <span className="mb-1 block">{t("filters.integration")}</span>
        <select name="integration" defaultValue={filters.integration ?? ""} className={SELECT_CLASS}>
          <option value="">{t("filters.all")}</option>
          {integrations.map((integration) => (
            <option key={integration.id} value={integration.id}>
              {integration.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        <span className="mb-1 block">{t("filters.kind")}</span>
        <select name="kind" defaultValue={filters.kind ?? ""} className={SELECT_CLASS}>
          <option value="">{t("filters.all")}</option>
          {ISSUE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary">
        {t("filters.apply")}
      </Button>
    </form>
  );
}
