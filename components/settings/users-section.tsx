"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Th } from "@/components/ui/table";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { InviteUserDialog } from "./invite-user-dialog";
import { SectionCard } from "./section-card";
import { usersQuery } from "./settings-queries";
import { UserRowItem } from "./user-row-item";

export function UsersSection({
  currentUserId,
  minPasswordLength,
}: {
  currentUserId: number;
  minPasswordLength: number;
}) {
  const t = useTranslations("settings.users");
  const toErrorMessage = useApiErrorMessage();
  const users = useQuery(usersQuery());
  const [isInviting, setIsInviting] = useState(false);

  return (
    <SectionCard
      title={t("title")}
      description={t("description")}
      action={<Button onClick={() => setIsInviting(true)}>{t("invite")}</Button>}
    >
      {users.isPending ? (
        <TableSkeleton />
      ) : users.isError ? (
        <EmptyState
          title={t("loadFailed")}
          description={toErrorMessage(users.error)}
          action={
            <Button variant="secondary" onClick={() => void users.refetch()}>
              {t("retry")}
            </Button>
          }
        />
      ) : users.data.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("columns.user")}</Th>
              <Th>{t("columns.role")}</Th>
              <Th>{t("columns.status")}</Th>
              <Th>{t("columns.lastLogin")}</Th>
              <Th className="text-right">{t("columns.actions")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.data.map((user) => (
              <UserRowItem key={user.id} user={user} isSelf={user.id === currentUserId} />
            ))}
          </tbody>
        </Table>
      )}
      <InviteUserDialog
        isOpen={isInviting}
        onClose={() => setIsInviting(false)}
        minPasswordLength={minPasswordLength}
      />
    </SectionCard>
  );
}
