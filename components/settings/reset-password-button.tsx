"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { INPUT_CLASS } from "@/components/ui/input-class";
import { usersQuery, type UserRow } from "./settings-queries";

type Reset = { id: number; email: string; temporaryPassword: string };

/** "Forgot password": confirm, then show the new temporary password once; the user sets their own at next sign-in. */
export function ResetPasswordButton({ user }: { user: UserRow }) {
  const t = useTranslations("settings.users.reset");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const [isConfirming, setIsConfirming] = useState(false);
  const reset = useMutation({
    mutationFn: () => fetchJson<Reset>(`/api/users/${user.id}/reset-password`, { method: "POST", body: {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQuery().queryKey }),
    onError: (error) => toast.error(toErrorMessage(error)),
    onSettled: () => setIsConfirming(false),
  });

  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setIsConfirming(true)}>
        {t("button")}
      </Button>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t("confirmTitle")}
        message={t("confirmMessage", { email: user.email })}
        confirmLabel={t("button")}
        isPending={reset.isPending}
        onCancel={() => setIsConfirming(false)}
        onConfirm={() => reset.mutate()}
      />
      <Dialog
        isOpen={Boolean(reset.data)}
        onClose={() => reset.reset()}
        title={t("doneTitle")}
        description={t("doneHint", { email: user.email })}
      >
        <div className="flex items-center gap-2">
          <input
            readOnly
            value={reset.data?.temporaryPassword ?? ""}
            aria-label={t("temporaryPassword")}
            data-testid="temporary-password"
            className={`${INPUT_CLASS} font-mono`}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton value={reset.data?.temporaryPassword ?? ""} />
        </div>
        <div className="mt-6 flex justify-end">
          <Button onClick={() => reset.reset()} autoFocus>
            {t("done")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
