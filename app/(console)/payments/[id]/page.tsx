import { HydrationBoundary, QueryClient, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PaymentDetailView } from "@/components/payments/payment-detail";
import { paymentQuery } from "@/components/payments/payment-queries";
import { requirePageActor } from "@/lib/auth/page-guard";
import { canOperate } from "@/lib/auth/permissions";
import { loadPayment } from "@/lib/payments/load-for-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments"))("title") };
}

export default async function PaymentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const payment = await loadPayment((await params).id);
  if (!payment) notFound();
  const queryClient = new QueryClient();
  queryClient.setQueryData(paymentQuery(payment.id).queryKey, payment);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PaymentDetailView id={payment.id} canWrite={canOperate(actor)} />
    </HydrationBoundary>
  );
}
