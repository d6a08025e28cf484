"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { usersQuery, type UserRow } from "./settings-queries";

type UserChange = { role?: UserRow["role"]; is_disabled?: boolean };

export function useUpdateUser(user: UserRow) {
  const t = useTranslations("settings.users");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: UserChange) => fetchJson<UserRow>(`/api/users/${user.id}`, { method: "PATCH", body: change }),
    onSuccess: (updated, change) => {
      queryClient.setQueryData(usersQuery().queryKey, (users) =>
        users?.map((row) => (row.id === updated.id ? { ...row, ...updated } : row)),
      );
      const key = change.role ? "roleChanged" : change.is_disabled ? "disabled" : "enabled";
      toast.success(t(`toasts.${key}`, { email: user.email }));
    },
    onError: (error) => toast.error(toErrorMessage(error)),
  });
}
