"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { fetchJson, issuesByField } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { INPUT_CLASS } from "@/components/ui/input-class";
import { TextField } from "@/components/ui/text-field";
import { tokensQuery } from "./settings-queries";

type CreatedToken = { id: number; name: string; prefix: string; token: string };

/** Creates a token, then shows its value once: it is not stored and cannot be shown again. */
export function CreateTokenDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const t = useTranslations("settings.tokens");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (name: string) => fetchJson<CreatedToken>("/api/tokens", { body: { name } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQuery().queryKey }),
  });
  const created = create.data;

  function close() {
    create.reset();
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(String(new FormData(event.currentTarget).get("name")));
  }

  return (
    <Dialog
      isOpen={isOpen}
      onClose={close}
      title={t(created ? "createdTitle" : "createTitle")}
      description={t(created ? "createdHint" : "createHint")}
    >
      {created ? (
        <>
          <div className="flex items-center gap-2">
            <input
              readOnly
              value={created.token}
              aria-label={t("tokenValue")}
              data-testid="created-token"
              className={`${INPUT_CLASS} font-mono`}
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton value={created.token} />
          </div>
          <div className="mt-6 flex justify-end">
            <Button onClick={close} autoFocus>
              {t("done")}
            </Button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} className="space-y-4">
          <TextField
            label={t("name")}
            name="name"
            required
            maxLength={80}
            autoFocus
            autoComplete="off"
            placeholder={t("namePlaceholder")}
            error={issuesByField(create.error).name ?? (create.isError ? toErrorMessage(create.error) : undefined)}
          />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              {t("cancel")}
            </Button>
            <Button type="submit" isPending={create.isPending}>
              {t("createSubmit")}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
