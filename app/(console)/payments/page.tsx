import { HydrationBoundary, QueryClient, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PaymentList } from "@/components/payments/payment-list";
import { paymentsQuery } from "@/components/payments/payment-queries";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guard";
import { loadFirstPaymentPage } from "@/lib/payments/load-for-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments"))("title") };
}

export default async function PaymentsPage() {
  await requirePageActor();
  const t = await getTranslations("payments");
  const queryClient = new QueryClient();
  queryClient.setQueryData(paymentsQuery({}).queryKey, { pages: [await loadFirstPaymentPage()], pageParams: [null] });
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <PaymentList />
      </HydrationBoundary>
    </>
  );
}
