import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/auth/password-form";
import { SectionCard } from "@/components/settings/section-card";
import { RoleBadge } from "@/components/shell/role-badge";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guard";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("account");
  const tPassword = await getTranslations("password");
  return (
    <div className="space-y-10">
      <PageHeader title={t("title")} description={t("subtitle")} />
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="text-slate-500">{t("email")}</dt>
        <dd className="font-medium text-slate-900">{actor.email}</dd>
        <dt className="text-slate-500">{t("role")}</dt>
        <dd>
          <RoleBadge role={actor.role} />
        </dd>
      </dl>
      <SectionCard title={tPassword("changeTitle")} description={tPassword("changeSubtitle")}>
        <PasswordForm email={actor.email} minPasswordLength={MIN_PASSWORD_LENGTH} mode="change" />
      </SectionCard>
    </div>
  );
}
