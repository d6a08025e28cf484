import { getDb } from "@/db/client";
import { asJson } from "@/lib/http/as-json";
import { parseRouteId } from "@/lib/http/route-id";
import { getOrder, listOrders } from "./list-orders";

/** The console pages' entry to orders, shaped as the API answers: they hold no database handle themselves. */
export async function loadFirstOrderPage() {
  return asJson(await listOrders({ db: await getDb(), filter: {} }));
}

/** One order with its lines and raw payload, or null for an unknown id (the page answers 404). */
export async function loadOrder(orderId: string) {
  const id = parseRouteId(orderId);
  const order = id === null ? null : await getOrder({ db: await getDb(), id });
  return order && asJson(order);
}
