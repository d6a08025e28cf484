"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { fetchJson, issuesByField } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { ROLES, usersQuery, type UserRow } from "./settings-queries";

type Invite = { email: string; role: string; password: string };

/** A readable temporary password: no look-alike characters, generated with the browser's CSPRNG. */
function generatePassword(length = 16): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

type InviteUserDialogProps = { isOpen: boolean; onClose: () => void; minPasswordLength: number };

export function InviteUserDialog({ isOpen, onClose, minPasswordLength }: InviteUserDialogProps) {
  const t = useTranslations("settings.invite");
  const tRoles = useTranslations("roles");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const [password, setPassword] = useState("");
  const invite = useMutation({
    mutationFn: (input: Invite) => fetchJson<UserRow>("/api/users", { body: input }),
    onSuccess: (user) => {
      void queryClient.invalidateQueries({ queryKey: usersQuery().queryKey });
      toast.success(t("invited", { email: user.email }));
      close();
    },
    onError: (error) => toast.error(toErrorMessage(error)),
  });
  const errors = issuesByField(invite.error);

  function close() {
    invite.reset();
    setPassword("");
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    invite.mutate({ email: String(form.get("email")), role: String(form.get("role")), password });
  }

  return (
    <Dialog isOpen={isOpen} onClose={close} title={t("title")} description={t("description")}>
      <form onSubmit={submit} className="space-y-4">
        <TextField
          label={t("email")}
          name="email"
          type="email"
          required
          autoFocus
          autoComplete="off"
          error={errors.email}
        />
        <SelectField label={t("role")} name="role" defaultValue="viewer" error={errors.role}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </SelectField>
        <div className="flex items-start gap-2">
          <TextField
            label={t("password")}
            name="password"
            type="text"
            required
            minLength={minPasswordLength}
            autoComplete="off"
            spellCheck={false}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            hint={t("passwordHint", { min: minPasswordLength })}
            error={errors.password}
            className="flex-1"
          />
          <Button variant="secondary" className="mt-6" onClick={() => setPassword(generatePassword())}>
            {t("generate")}
          </Button>
        </div>
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={close}>
            {t("cancel")}
          </Button>
          <Button type="submit" isPending={invite.isPending}>
            {t("submit")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
