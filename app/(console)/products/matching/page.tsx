import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MatchingScreen } from "@/components/matching/matching-screen";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guard";
import { canOperate } from "@/lib/auth/permissions";
import { MATCHING_MARKETPLACES } from "@/lib/marketplace-catalog/catalog-source";
import { getProvider } from "@/lib/providers/registry";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("marketplaceUi.matching"))("title") };
}

export default async function MatchingPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("marketplaceUi.matching");
  const marketplaces = MATCHING_MARKETPLACES.map((id) => ({ id, name: getProvider(id)?.displayName ?? id }));
  return (
    <div className="space-y-6">
      <BackLink href="/products">{t("back")}</BackLink>
      <PageHeader title={t("title")} description={t("description")} />
      <MatchingScreen marketplaces={marketplaces} canEdit={canOperate(actor)} />
    </div>
  );
}
