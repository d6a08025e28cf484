import { getDb } from "@/db/client";
import { getOrderToCashRules } from "./rules";

/** The order-to-cash settings page's entry: it holds no database handle itself. */
export async function loadOrderToCashRules() {
  return getOrderToCashRules(await getDb());
}
