import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PayPage } from "@/components/payments/pay-page";
import { asJson } from "@/lib/http/as-json";
import { loadPaymentLink } from "@/lib/payments/load-for-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments.pay"))("title"), robots: { index: false } };
}

/** Public: a buyer pays an order through the link the merchant sent. No sign-in; the id is the secret. */
export default async function PaymentLinkPage({ params }: { params: Promise<{ link: string }> }) {
  await connection();
  const id = (await params).link;
  const link = await loadPaymentLink(id);
  return <PayPage id={id} initial={link && asJson(link)} />;
}
