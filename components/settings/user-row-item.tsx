"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SELECT_CLASS } from "@/components/ui/input-class";
import { Td } from "@/components/ui/table";
import { ResetPasswordButton } from "./reset-password-button";
import { ROLES, type UserRow } from "./settings-queries";
import { useUpdateUser } from "./use-update-user";

export function UserRowItem({ user, isSelf }: { user: UserRow; isSelf: boolean }) {
  const t = useTranslations("settings.users");
  const tRoles = useTranslations("roles");
  const format = useFormatter();
  const update = useUpdateUser(user);
  const [isConfirming, setIsConfirming] = useState(false);
  const action = user.isDisabled ? "enable" : "disable";

  return (
    <tr data-testid={`user-row-${user.email}`}>
      <Td>
        <div className="font-medium text-slate-900">{user.email}</div>
        {user.name && <div className="text-xs text-slate-500">{user.name}</div>}
        {isSelf && <div className="text-xs text-indigo-600">{t("you")}</div>}
      </Td>
      <Td>
        <select
          aria-label={t("roleFor", { email: user.email })}
          value={user.role}
          disabled={isSelf || update.isPending}
          title={isSelf ? t("selfHint") : undefined}
          onChange={(event) => {
            const role = ROLES.find((known) => known === event.target.value);
            if (role) update.mutate({ role });
          }}
          className={`${SELECT_CLASS} w-32 py-1.5`}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </select>
      </Td>
      <Td>
        <Badge tone={user.isDisabled ? "danger" : "success"}>
          {t(user.isDisabled ? "status.disabled" : "status.active")}
        </Badge>
        {user.mustChangePassword && !user.isDisabled && <Badge className="ml-1">{t("status.invited")}</Badge>}
      </Td>
      <Td className="whitespace-nowrap text-xs">
        {user.lastLoginAt
          ? format.dateTime(new Date(user.lastLoginAt), { dateStyle: "medium", timeStyle: "short" })
          : t("never")}
      </Td>
      <Td className="whitespace-nowrap text-right">
        {!isSelf && !user.isDisabled && <ResetPasswordButton user={user} />}
        {!isSelf && (
          <Button
            variant={user.isDisabled ? "secondary" : "dangerGhost"}
            size="sm"
            onClick={() => setIsConfirming(true)}
          >
            {t(`actions.${action}`)}
          </Button>
        )}
        <ConfirmDialog
          isOpen={isConfirming}
          title={t(`confirm.${action}.title`)}
          message={t(`confirm.${action}.message`, { email: user.email })}
          confirmLabel={t(`actions.${action}`)}
          isDestructive={!user.isDisabled}
          isPending={update.isPending}
          onCancel={() => setIsConfirming(false)}
          onConfirm={() =>
            update.mutate({ is_disabled: !user.isDisabled }, { onSettled: () => setIsConfirming(false) })
          }
        />
      </Td>
    </tr>
  );
}
