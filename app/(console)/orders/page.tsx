import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrderList } from "@/components/orders/order-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

export default async function OrdersPage() {
  await requirePageActor();
  const t = await getTranslations("orders");
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <OrderList />
    </>
  );
}
