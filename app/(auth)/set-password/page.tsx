import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/auth/password-form";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { getActor } from "@/lib/auth/current-actor";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("password"))("firstTitle") };
}

/** Where a user with a temporary password lands after signing in; the console stays closed until they set their own. */
export default async function SetPasswordPage() {
  const actor = await getActor(await headers());
  if (!actor) redirect("/login");
  if (!actor.mustChangePassword) redirect("/integrations");
  const t = await getTranslations("password");
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{t("firstTitle")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("firstSubtitle", { email: actor.email })}</p>
      </div>
      <PasswordForm email={actor.email} minPasswordLength={MIN_PASSWORD_LENGTH} mode="first" />
      <div className="flex justify-end">
        <SignOutButton />
      </div>
    </div>
  );
}
