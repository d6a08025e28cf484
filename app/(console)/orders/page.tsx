import { HydrationBoundary, QueryClient, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { OrderList } from "@/components/orders/order-list";
import { ordersQuery } from "@/components/orders/order-queries";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guard";
import { loadIntegrations } from "@/lib/integrations/load-for-page";
import { loadFirstOrderPage } from "@/lib/orders/load-for-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

export default async function OrdersPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("orders");
  const [firstPage, integrations] = await Promise.all([loadFirstOrderPage(), loadIntegrations()]);
  const queryClient = new QueryClient();
  // The unfiltered first page, under the key the client asks for before any filter is touched.
  queryClient.setQueryData(ordersQuery({}).queryKey, { pages: [firstPage], pageParams: [null] });
  queryClient.setQueryData(integrationsQuery().queryKey, integrations);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <OrderList canEdit={actor.role === "admin"} />
      </HydrationBoundary>
    </>
  );
}
