"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ListFilters } from "@/components/ui/list/list-filters";
import { fromInfiniteQuery } from "@/components/ui/list/list-source";
import { ListView } from "@/components/ui/list/list-view";
import { useUrlFilters } from "@/components/ui/list/use-url-filters";
import { useAuditColumns } from "./audit-columns";
import { AUDIT_FILTER_KEYS, auditQuery } from "./audit-queries";

export function AuditLog() {
  const t = useTranslations("audit");
  const filters = useUrlFilters(AUDIT_FILTER_KEYS);
  const audit = useInfiniteQuery(auditQuery(filters.value));
  const columns = useAuditColumns();

  return (
    <section aria-label={t("title")}>
      <ListFilters
        label={t("filters.label")}
        value={filters.value}
        onChange={filters.set}
        onClear={() => filters.reset()}
        fields={[
          { kind: "text", key: "action", label: t("filters.action"), placeholder: t("filters.actionPlaceholder") },
          { kind: "text", key: "actor", label: t("filters.actor"), placeholder: t("filters.actorPlaceholder") },
          { kind: "dateRange", from: "from", to: "to" },
        ]}
      />
      <ListView
        caption={t("title")}
        source={fromInfiniteQuery(audit)}
        columns={columns}
        rowKey={(item) => String(item.id)}
        rowProps={(item) => ({ "data-testid": "audit-row", "data-action": item.action })}
        skeletonRows={5}
        empty={{ title: t("empty"), description: t("emptyHint") }}
        filtered={
          Object.keys(filters.value).length > 0 ? { title: t("empty"), onClear: () => filters.reset() } : undefined
        }
      />
    </section>
  );
}
