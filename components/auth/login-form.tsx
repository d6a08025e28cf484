"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { useZodResolver } from "@/components/forms/use-zod-resolver";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { safeCallbackPath, signInWithPassword } from "./sign-in-with-password";

const loginSchema = z.object({ email: z.email(), password: z.string().min(1) });
type LoginInput = z.infer<typeof loginSchema>;

type LoginError = { kind: "invalid" | "unknown" } | { kind: "rate_limited"; retryAfterSeconds: number | null };

type LoginFormProps = { callbackUrl?: string; initialError?: string; initialRetryAfterSeconds?: number };

function fromQuery(error: string | undefined, retryAfterSeconds: number | undefined): LoginError | null {
  if (error === "RateLimited") return { kind: "rate_limited", retryAfterSeconds: retryAfterSeconds ?? null };
  if (error === "CredentialsSignin") return { kind: "invalid" };
  return error ? { kind: "unknown" } : null;
}

export function LoginForm({ callbackUrl, initialError, initialRetryAfterSeconds }: LoginFormProps) {
  const t = useTranslations("login");
  const router = useRouter();
  const [error, setError] = useState<LoginError | null>(() => fromQuery(initialError, initialRetryAfterSeconds));
  const form = useForm<LoginInput>({
    resolver: useZodResolver(loginSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const isPending = isSubmitting || (isSubmitSuccessful && error === null);

  const submit = form.handleSubmit(async ({ email, password }) => {
    setError(null);
    const target = safeCallbackPath(callbackUrl);
    try {
      const result = await signInWithPassword({ email, password, callbackUrl: target });
      if (result.ok) {
        router.replace(target);
        router.refresh();
        return;
      }
      setError(
        result.reason === "rate_limited"
          ? { kind: "rate_limited", retryAfterSeconds: result.retryAfterSeconds }
          : { kind: result.reason },
      );
    } catch {
      setError({ kind: "unknown" });
    }
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      </div>
      {error && <LoginErrorMessage error={error} />}
      <TextField
        label={t("email")}
        type="email"
        autoComplete="username"
        aria-required
        autoFocus
        error={errors.email?.message}
        {...form.register("email")}
      />
      <TextField
        label={t("password")}
        type="password"
        autoComplete="current-password"
        aria-required
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" className="w-full" isPending={isPending}>
        {isPending ? t("submitting") : t("submit")}
      </Button>
      <p className="text-sm text-slate-600" data-testid="forgot-password">
        {t("forgot")}
      </p>
    </form>
  );
}

function LoginErrorMessage({ error }: { error: LoginError }) {
  const t = useTranslations("login.errors");
  let message = t(error.kind === "rate_limited" ? "rateLimitedUnknown" : error.kind);
  if (error.kind === "rate_limited" && error.retryAfterSeconds !== null) {
    const seconds = error.retryAfterSeconds;
    message =
      seconds < 60
        ? t("rateLimitedSeconds", { seconds })
        : t("rateLimitedMinutes", { minutes: Math.ceil(seconds / 60) });
  }
  return (
    <div
      role="alert"
      data-testid="login-error"
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700"
    >
      {message}
    </div>
  );
}
