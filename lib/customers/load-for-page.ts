import { getDb } from "@/db/client";
import { asJson } from "@/lib/http/as-json";
import { listCustomers } from "./list-customers";

/** The /customers page's first page, shaped as the API answers it. */
export async function loadFirstCustomerPage() {
  return asJson(await listCustomers({ db: await getDb(), filter: {} }));
}
