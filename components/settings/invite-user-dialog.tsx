"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { fetchJson, issuesByField } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { useZodResolver } from "@/components/forms/use-zod-resolver";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { userFields } from "@/lib/users/user-schemas";
import { ROLES, usersQuery, type UserRow } from "./settings-queries";

type Invite = { email: string; role: string; password: string };

/** A readable temporary password: no look-alike characters, generated with the browser's CSPRNG. */
function generatePassword(length = 16): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

// The API's own e-mail and password rules; the role comes from a fixed list and is checked by the API.
const inviteSchema = z.object({ email: userFields.email, password: userFields.password, role: z.string() });
type InviteInput = z.input<typeof inviteSchema>;
const EMPTY: InviteInput = { email: "", role: "viewer", password: "" };

type InviteUserDialogProps = { isOpen: boolean; onClose: () => void; minPasswordLength: number };

export function InviteUserDialog({ isOpen, onClose, minPasswordLength }: InviteUserDialogProps) {
  const t = useTranslations("settings.invite");
  const tRoles = useTranslations("roles");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const form = useForm<InviteInput, unknown, z.output<typeof inviteSchema>>({
    resolver: useZodResolver(inviteSchema),
    defaultValues: EMPTY,
  });
  const errors = form.formState.errors;
  const invite = useMutation({
    mutationFn: (input: Invite) => fetchJson<UserRow>("/api/users", { body: input }),
    onSuccess: (user) => {
      void queryClient.invalidateQueries({ queryKey: usersQuery().queryKey });
      toast.success(t("invited", { email: user.email }));
      close();
    },
    onError: (error) => {
      for (const [field, message] of Object.entries(issuesByField(error)))
        form.setError(field as keyof InviteInput, { type: "server", message });
      toast.error(toErrorMessage(error));
    },
  });

  function close() {
    invite.reset();
    form.reset(EMPTY);
    onClose();
  }

  const submit = form.handleSubmit((input) => invite.mutate(input));

  return (
    <Dialog isOpen={isOpen} onClose={close} title={t("title")} description={t("description")}>
      <form noValidate onSubmit={(event) => void submit(event)} className="space-y-4">
        <TextField
          label={t("email")}
          type="email"
          aria-required
          autoFocus
          autoComplete="off"
          error={errors.email?.message}
          {...form.register("email")}
        />
        <SelectField label={t("role")} error={errors.role?.message} {...form.register("role")}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </SelectField>
        <div className="flex items-start gap-2">
          <TextField
            label={t("password")}
            type="text"
            aria-required
            autoComplete="off"
            spellCheck={false}
            hint={t("passwordHint", { min: minPasswordLength })}
            error={errors.password?.message}
            className="flex-1"
            {...form.register("password")}
          />
          <Button
            variant="secondary"
            className="mt-6"
            onClick={() => form.setValue("password", generatePassword(), { shouldValidate: true })}
          >
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
