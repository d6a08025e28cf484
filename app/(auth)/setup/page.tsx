import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { isSetupOpen } from "@/lib/users/setup-status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("setup"))("title") };
}

export default async function SetupPage() {
  if (!(await isSetupOpen())) redirect("/login");
  return <SetupForm minPasswordLength={MIN_PASSWORD_LENGTH} />;
}
