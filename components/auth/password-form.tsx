"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { fetchJson, issuesByField } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { signInWithPassword } from "./sign-in-with-password";

type PasswordFormProps = {
  email: string;
  minPasswordLength: number;
  /** `first`: replacing a temporary password at first sign-in (no current password asked); `change`: from the account page. */
  mode: "first" | "change";
};

/**
 * Sets a new password. The server ends every session signed in before the change, this one included, so the form
 * signs in again with the new password before going on.
 */
export function PasswordForm({ email, minPasswordLength, mode }: PasswordFormProps) {
  const t = useTranslations("password");
  const toErrorMessage = useApiErrorMessage();
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newPassword = String(form.get("new_password"));
    if (newPassword !== String(form.get("confirm"))) {
      setFieldErrors({ confirm: t("mismatch") });
      return;
    }
    setIsPending(true);
    setFieldErrors({});
    try {
      await fetchJson("/api/account/password", {
        body: {
          ...(mode === "change" ? { current_password: String(form.get("current_password")) } : {}),
          new_password: newPassword,
        },
      });
      const signedIn = await signInWithPassword({ email, password: newPassword, callbackUrl: "/integrations" });
      toast.success(t(mode === "first" ? "set" : "changed"));
      if (!signedIn.ok) {
        router.replace("/login");
      } else if (mode === "first") {
        router.replace("/integrations");
      } else {
        formElement.reset();
      }
      router.refresh();
    } catch (error) {
      setFieldErrors(issuesByField(error));
      toast.error(toErrorMessage(error));
    }
    setIsPending(false);
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="max-w-sm space-y-4" aria-label={t(`${mode}Title`)}>
      {/* Lets password managers tie the new password to this account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      {mode === "change" && (
        <TextField
          label={t("current")}
          name="current_password"
          type="password"
          autoComplete="current-password"
          required
          error={fieldErrors.current_password}
        />
      )}
      <TextField
        label={t("new")}
        name="new_password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        autoFocus={mode === "first"}
        hint={t("hint", { min: minPasswordLength })}
        error={fieldErrors.new_password}
      />
      <TextField
        label={t("confirm")}
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        error={fieldErrors.confirm}
      />
      <Button type="submit" isPending={isPending} className={mode === "first" ? "w-full" : undefined}>
        {t(mode === "first" ? "submitFirst" : "submitChange")}
      </Button>
    </form>
  );
}
