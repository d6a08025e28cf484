import { HydrationBoundary, QueryClient, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CustomerList } from "@/components/customers/customer-list";
import { customersQuery } from "@/components/customers/customer-queries";
import { integrationsQuery } from "@/components/integrations/integration-queries";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guard";
import { loadFirstCustomerPage } from "@/lib/customers/load-for-page";
import { loadIntegrations } from "@/lib/integrations/load-for-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customers"))("title") };
}

export default async function CustomersPage() {
  await requirePageActor();
  const t = await getTranslations("customers");
  const [firstPage, integrations] = await Promise.all([loadFirstCustomerPage(), loadIntegrations()]);
  const queryClient = new QueryClient();
  queryClient.setQueryData(customersQuery({}).queryKey, firstPage);
  queryClient.setQueryData(integrationsQuery().queryKey, integrations);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <CustomerList />
      </HydrationBoundary>
    </>
  );
}
