"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Th } from "@/components/ui/table";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { CreateTokenDialog } from "./create-token-dialog";
import { SectionCard } from "./section-card";
import { tokensQuery } from "./settings-queries";
import { TokenRowItem } from "./token-row-item";
import type { TokenScope } from "@/lib/auth/permissions";

export function TokensSection({ scopes }: { scopes: readonly TokenScope[] }) {
  const t = useTranslations("settings.tokens");
  const toErrorMessage = useApiErrorMessage();
  const tokens = useQuery(tokensQuery());
  const [isCreating, setIsCreating] = useState(false);

  return (
    <SectionCard
      title={t("title")}
      description={t("description")}
      action={<Button onClick={() => setIsCreating(true)}>{t("create")}</Button>}
    >
      {tokens.isPending ? (
        <TableSkeleton rows={2} />
      ) : tokens.isError ? (
        <EmptyState
          title={t("loadFailed")}
          description={toErrorMessage(tokens.error)}
          action={
            <Button variant="secondary" onClick={() => void tokens.refetch()}>
              {t("retry")}
            </Button>
          }
        />
      ) : tokens.data.length === 0 ? (
        <EmptyState title={t("empty")} description={t("emptyHint")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("columns.name")}</Th>
              <Th>{t("columns.prefix")}</Th>
              <Th>{t("columns.scope")}</Th>
              <Th>{t("columns.expires")}</Th>
              <Th>{t("columns.owner")}</Th>
              <Th>{t("columns.created")}</Th>
              <Th>{t("columns.lastUsed")}</Th>
              <Th className="text-right">{t("columns.actions")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {tokens.data.map((token) => (
              <TokenRowItem key={token.id} token={token} />
            ))}
          </tbody>
        </Table>
      )}
      <CreateTokenDialog isOpen={isCreating} onClose={() => setIsCreating(false)} scopes={scopes} />
    </SectionCard>
  );
}
