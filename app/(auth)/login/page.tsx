import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { getActor } from "@/lib/auth/current-actor";
import { isSetupOpen } from "@/lib/users/setup-status";

type LoginPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LoginPage({ searchParams }: LoginPageProps) {
  if (await isSetupOpen()) redirect("/setup");
  if (await getActor(await headers())) redirect("/integrations");
  const params = await searchParams;
  const retryAfter = Number(first(params.retryAfter));
  return (
    <LoginForm
      callbackUrl={first(params.callbackUrl)}
      initialError={first(params.error)}
      initialRetryAfterSeconds={Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined}
    />
  );
}
