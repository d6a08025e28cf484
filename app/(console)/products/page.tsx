import { HydrationBoundary, QueryClient, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProductList } from "@/components/products/product-list";
import { productFacetsQuery, productsQuery } from "@/components/products/product-queries";
import { requirePageActor } from "@/lib/auth/page-guard";
import { canOperate } from "@/lib/auth/permissions";
import { loadFirstProductPage, loadProductFacets } from "@/lib/catalog/load-for-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("products"))("title") };
}

export default async function ProductsPage() {
  const actor = await requirePageActor();
  const [firstPage, facets] = await Promise.all([loadFirstProductPage(), loadProductFacets()]);
  const queryClient = new QueryClient();
  // The unfiltered first page, under the key the client asks for before any filter is touched.
  queryClient.setQueryData(productsQuery({}).queryKey, { pages: [firstPage], pageParams: [null] });
  queryClient.setQueryData(productFacetsQuery().queryKey, facets);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ProductList canEdit={canOperate(actor)} />
    </HydrationBoundary>
  );
}
