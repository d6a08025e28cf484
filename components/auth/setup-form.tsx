"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { ApiError, fetchJson, issuesByField } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { signInWithPassword } from "./sign-in-with-password";

export function SetupForm({ minPasswordLength }: { minPasswordLength: number }) {
  const t = useTranslations("setup");
  const toErrorMessage = useApiErrorMessage();
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name")).trim() || undefined,
      email: String(form.get("email")),
      password: String(form.get("password")),
    };
    if (input.password !== String(form.get("confirm"))) {
      setFieldErrors({ confirm: t("errors.mismatch") });
      return;
    }
    setIsPending(true);
    setFieldErrors({});
    try {
      await fetchJson("/api/setup", { body: input });
      const signedIn = await signInWithPassword({
        email: input.email,
        password: input.password,
        callbackUrl: "/integrations",
      });
      toast.success(t("created"));
      router.replace(signedIn.ok ? "/integrations" : "/login");
      router.refresh();
      return;
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) {
        toast.info(t("errors.alreadyDone"));
        router.replace("/login");
        return;
      }
      setFieldErrors(issuesByField(error));
      toast.error(toErrorMessage(error));
    }
    setIsPending(false);
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      </div>
      <TextField label={t("name")} name="name" autoComplete="name" maxLength={120} error={fieldErrors.name} />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        required
        autoFocus
        error={fieldErrors.email}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        hint={t("passwordHint", { min: minPasswordLength })}
        error={fieldErrors.password}
      />
      <TextField
        label={t("confirm")}
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={fieldErrors.confirm}
      />
      <Button type="submit" className="w-full" isPending={isPending}>
        {isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
