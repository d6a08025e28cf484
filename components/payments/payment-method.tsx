import { useTranslations } from "next-intl";
import type { PaymentListItem } from "@/lib/payments/list-payments";

/** "Visa •••• 4242 · Bonus · 3 taksit"; a dash when the provider has not said. */
export function PaymentMethod({ method }: { method: PaymentListItem["method"] }) {
  const t = useTranslations("payments.method");
  if (!method || (!method.brand && !method.last4)) return <span className="text-slate-500">—</span>;
  const parts = [
    [method.brand, method.last4 ? `•••• ${method.last4}` : null].filter(Boolean).join(" "),
    method.family,
    method.installments && method.installments > 1 ? t("installments", { count: method.installments }) : null,
  ].filter(Boolean);
  return <span className="whitespace-nowrap">{parts.join(" · ")}</span>;
}
