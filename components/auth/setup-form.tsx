"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { ApiError, fetchJson, issuesByField } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { useZodResolver } from "@/components/forms/use-zod-resolver";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { userFields } from "@/lib/users/user-schemas";
import { signInWithPassword } from "./sign-in-with-password";

// The API's own fields, plus the repeated password only the form asks for.
const setupSchema = z
  .object({ ...userFields, confirm: z.string() })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: "setup.errors.mismatch" });
type SetupInput = z.input<typeof setupSchema>;

export function SetupForm({ minPasswordLength }: { minPasswordLength: number }) {
  const t = useTranslations("setup");
  const toErrorMessage = useApiErrorMessage();
  const router = useRouter();
  const form = useForm<SetupInput, unknown, z.output<typeof setupSchema>>({
    resolver: useZodResolver(setupSchema),
    defaultValues: { name: "", email: "", password: "", confirm: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ name, email, password }) => {
    try {
      await fetchJson("/api/setup", { body: { name: name || undefined, email, password } });
      const signedIn = await signInWithPassword({ email, password, callbackUrl: "/integrations" });
      toast.success(t("created"));
      router.replace(signedIn.ok ? "/integrations" : "/login");
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) {
        toast.info(t("errors.alreadyDone"));
        router.replace("/login");
        return;
      }
      for (const [field, message] of Object.entries(issuesByField(error)))
        form.setError(field as keyof SetupInput, { type: "server", message });
      toast.error(toErrorMessage(error));
    }
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      </div>
      <TextField label={t("name")} autoComplete="name" error={errors.name?.message} {...form.register("name")} />
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
        autoComplete="new-password"
        aria-required
        hint={t("passwordHint", { min: minPasswordLength })}
        error={errors.password?.message}
        {...form.register("password")}
      />
      <TextField
        label={t("confirm")}
        type="password"
        autoComplete="new-password"
        aria-required
        error={errors.confirm?.message}
        {...form.register("confirm")}
      />
      <Button type="submit" className="w-full" isPending={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
