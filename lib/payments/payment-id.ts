import { AppError } from "@/lib/errors";
import { parseRouteId } from "@/lib/http/route-id";

/** The payment id of a route segment; anything that cannot name a payment is a 404. */
export function requirePaymentId(value: string): number {
  const id = parseRouteId(value);
  if (id === null)
    throw new AppError("not_found", "Payment not found", { messageKey: "errors.payments.not_found", params: {} });
  return id;
}
