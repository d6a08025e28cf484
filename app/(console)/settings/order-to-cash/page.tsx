import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrderToCashRulesForm } from "@/components/settings/order-to-cash-rules-form";
import { requirePageActor } from "@/lib/auth/page-guard";
import { loadOrderToCashRules } from "@/lib/order-to-cash/load-for-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orderToCash.settings"))("title") };
}

export default async function OrderToCashSettingsPage() {
  await requirePageActor({ adminOnly: true });
  return <OrderToCashRulesForm initial={await loadOrderToCashRules()} />;
}
