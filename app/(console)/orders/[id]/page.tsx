import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrderDetailView } from "@/components/orders/order-detail";
import { requirePageActor } from "@/lib/auth/page-guard";

type OrderPageProps = { params: Promise<{ id: string }> };

const parseOrderId = (value: string) => (/^\d{1,10}$/.test(value) && Number(value) > 0 ? Number(value) : null);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

export default async function OrderPage({ params }: OrderPageProps) {
  await requirePageActor();
  const id = parseOrderId((await params).id);
  if (id === null) notFound();
  return <OrderDetailView id={id} />;
}
