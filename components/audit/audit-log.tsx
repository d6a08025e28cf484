"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Th } from "@/components/ui/table";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { AuditFilters } from "./audit-filters";
import { auditQuery, type AuditFilter } from "./audit-queries";
import { AuditRow } from "./audit-row";

export function AuditLog() {
  const t = useTranslations("audit");
  const toErrorMessage = useApiErrorMessage();
  const [filter, setFilter] = useState<AuditFilter>({});
  const audit = useInfiniteQuery(auditQuery(filter));
  const items = audit.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-label={t("title")}>
      <AuditFilters onApply={setFilter} />
      {audit.isPending ? (
        <TableSkeleton rows={5} />
      ) : audit.isError ? (
        <EmptyState
          title={t("loadFailed")}
          description={toErrorMessage(audit.error)}
          action={
            <Button variant="secondary" onClick={() => void audit.refetch()}>
              {t("retry")}
            </Button>
          }
        />
      ) : items.length === 0 ? (
        <EmptyState title={t("empty")} description={t("emptyHint")} />
      ) : (
        <>
          <Table caption={t("title")}>
            <thead>
              <tr>
                <Th>{t("columns.time")}</Th>
                <Th>{t("columns.actor")}</Th>
                <Th>{t("columns.action")}</Th>
                <Th>{t("columns.target")}</Th>
                <Th>{t("columns.ip")}</Th>
                <Th>{t("columns.details")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((item) => (
                <AuditRow key={item.id} item={item} />
              ))}
            </tbody>
          </Table>
          <div className="mt-4 flex items-center justify-between text-sm text-slate-600">
            <span aria-live="polite">{t("shown", { count: items.length })}</span>
            {audit.hasNextPage ? (
              <Button
                variant="secondary"
                isPending={audit.isFetchingNextPage}
                onClick={() => void audit.fetchNextPage()}
              >
                {t("loadMore")}
              </Button>
            ) : (
              <span>{t("end")}</span>
            )}
          </div>
        </>
      )}
    </section>
  );
}
