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
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { TokenScope } from "@/lib/auth/permissions";
import { tokensQuery } from "./settings-queries";

type CreatedToken = { id: number; name: string; prefix: string; token: string };
type NewToken = { name: string; scope: TokenScope; expires_at: string | null };

const EXPIRY_DAYS = ["30", "90", "365", "never"] as const;
const DAY_MS = 86_400_000;

/** Creates a token, then shows its value once: it is not stored and cannot be shown again. */
export function CreateTokenDialog({
  isOpen,
  onClose,
  scopes,
}: {
  isOpen: boolean;
  onClose: () => void;
  /** The scopes the signed-in user may hand out: never more than their own role. */
  scopes: readonly TokenScope[];
}) {
  const t = useTranslations("settings.tokens");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (input: NewToken) => fetchJson<CreatedToken>("/api/tokens", { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQuery().queryKey }),
  });
  const created = create.data;

  function close() {
    create.reset();
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const days = String(form.get("expires"));
    create.mutate({
      name: String(form.get("name")),
      scope: String(form.get("scope")) as TokenScope,
      expires_at: days === "never" ? null : new Date(Date.now() + Number(days) * DAY_MS).toISOString(),
    });
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
          <SelectField
            label={t("scope")}
            name="scope"
            defaultValue="read"
            hint={t("scopeHint")}
            error={issuesByField(create.error).scope}
          >
            {scopes.map((scope) => (
              <option key={scope} value={scope}>
                {t(`scopes.${scope}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("expires")}
            name="expires"
            defaultValue="90"
            error={issuesByField(create.error).expires_at}
          >
            {EXPIRY_DAYS.map((days) => (
              <option key={days} value={days}>
                {days === "never" ? t("expiryNever") : t("expiryDays", { days: Number(days) })}
              </option>
            ))}
          </SelectField>
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
