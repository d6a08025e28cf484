import { HydrationBoundary, QueryClient, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProductMatchCard } from "@/components/matching/product-match-card";
import { ProductDetail } from "@/components/products/product-detail";
import { productQuery } from "@/components/products/product-queries";
import { ViewOnlyNotice } from "@/components/products/view-only-notice";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guard";
import { canOperate } from "@/lib/auth/permissions";
import { loadProduct } from "@/lib/catalog/load-for-page";
import { MARKETPLACES } from "@/lib/catalog/marketplaces";
import { MATCHING_MARKETPLACES } from "@/lib/marketplace-catalog/catalog-source";
import { getProvider } from "@/lib/providers/registry";

type ProductPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  return { title: (await loadProduct((await params).id))?.title };
}

export default async function ProductPage({ params }: ProductPageProps) {
  const actor = await requirePageActor();
  const product = await loadProduct((await params).id);
  if (!product) notFound();

  const t = await getTranslations("products");
  const queryClient = new QueryClient();
  queryClient.setQueryData(productQuery(product.id).queryKey, product);
  const canEdit = canOperate(actor);
  return (
    <div className="space-y-6">
      <BackLink href="/products">{t("detail.back")}</BackLink>
      <PageHeader title={product.title} description={product.sku} />
      {!canEdit && <ViewOnlyNotice />}
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ProductDetail id={product.id} marketplaces={MARKETPLACES} canEdit={canEdit} />
        {MATCHING_MARKETPLACES.map((id) => (
          <ProductMatchCard
            key={id}
            integrationId={id}
            marketplaceName={getProvider(id)?.displayName ?? id}
            productId={product.id}
            canEdit={canEdit}
          />
        ))}
      </HydrationBoundary>
    </div>
  );
}
