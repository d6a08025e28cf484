import { HydrationBoundary, QueryClient, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { OrderDetailView } from "@/components/orders/order-detail";
import { orderQuery } from "@/components/orders/order-queries";
import { requirePageActor } from "@/lib/auth/page-guard";
import { canOperate } from "@/lib/auth/permissions";
import { loadIntegrations } from "@/lib/integrations/load-for-page";
import { loadOrder } from "@/lib/orders/load-for-page";
import { getProvider } from "@/lib/providers/registry";

type OrderPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

export default async function OrderPage({ params }: OrderPageProps) {
  const actor = await requirePageActor();
  const [order, integrations] = await Promise.all([loadOrder((await params).id), loadIntegrations()]);
  if (!order) notFound();

  const features: readonly string[] = getProvider(order.integrationId)?.features ?? [];
  const operations = {
    packageSteps: features.includes("updatePackageStatus"),
    claims: features.includes("listClaims"),
  };
  const queryClient = new QueryClient();
  queryClient.setQueryData(orderQuery(order.id).queryKey, order);
  queryClient.setQueryData(integrationsQuery().queryKey, integrations);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <OrderDetailView id={order.id} canEdit={canOperate(actor)} operations={operations} />
    </HydrationBoundary>
  );
}
