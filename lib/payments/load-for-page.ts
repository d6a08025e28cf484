import { getDb } from "@/db/client";
import { asJson } from "@/lib/http/as-json";
import { parseRouteId } from "@/lib/http/route-id";
import { getIyzicoNotificationState } from "./iyzico-notification-state";
import { getPaymentLink, type PublicPaymentLink } from "./get-payment-link";
import { getPayment } from "./get-payment";
import { listPayments } from "./list-payments";

/** The pay page's link; a provider that cannot be reached shows as an open link without its checkout. */
export async function loadPaymentLink(id: string): Promise<PublicPaymentLink | null> {
  try {
    return await getPaymentLink({ db: await getDb(), id });
  } catch (error) {
    console.warn("[köprü] payment link", error);
    return null;
  }
}

export async function loadFirstPaymentPage(filter: Record<string, string> = {}) {
  return asJson(await listPayments({ db: await getDb(), filter }));
}

export async function loadPayment(paymentId: string) {
  const id = parseRouteId(paymentId);
  if (id === null) return null;
  try {
    return asJson(await getPayment({ db: await getDb(), id }));
  } catch {
    return null;
  }
}

export async function loadIyzicoNotificationState() {
  return asJson(await getIyzicoNotificationState(await getDb()));
}
