import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokensSection } from "@/components/settings/tokens-section";
import { UsersSection } from "@/components/settings/users-section";
import { requirePageActor } from "@/lib/auth/page-guard";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { grantableScopes } from "@/lib/auth/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const actor = await requirePageActor({ adminOnly: true });
  return (
    <div className="space-y-12">
      <UsersSection currentUserId={actor.userId} minPasswordLength={MIN_PASSWORD_LENGTH} />
      <TokensSection scopes={grantableScopes(actor)} />
    </div>
  );
}
