import type { Db } from "@/db/client";
import type { Payment } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { iyzicoThreeDsCallbackSchema } from "@/lib/providers/iyzico/wire";
import { loadIyzicoAdapter, type PaymentDeps } from "./load-payment-adapter";
import { recordProviderPayment } from "./record-provider-payment";

/**
 * The bank's 3DS callback form. Its signature is checked first (a forged form is refused); an unauthenticated
 * mdStatus stops the payment without completing it; otherwise 3DS complete is called and its answer recorded.
 */
export async function completeIyzicoThreeDs(options: {
  db: Db;
  form: Record<string, string>;
  deps?: PaymentDeps;
}): Promise<Payment> {
  const { db } = options;
  const parsed = iyzicoThreeDsCallbackSchema.safeParse(options.form);
  if (!parsed.success)
    throw new AppError("invalid_input", "Not a 3D Secure callback", {
      messageKey: "errors.payments.invalid_callback",
      params: {},
    });
  const form = parsed.data;
  const { adapter } = await loadIyzicoAdapter(db, options.deps);
  const check = adapter.verifyThreeDsCallback(form);
  if (!check.ok)
    throw new AppError("unauthorized", "The 3D Secure callback signature does not match", {
      messageKey: "errors.payments.invalid_callback",
      params: {},
    });
  const payment = check.isAuthenticated
    ? await adapter.completeThreeDs({
        paymentId: form.paymentId,
        conversationId: form.conversationId,
        conversationData: form.conversationData,
      })
    : await adapter.retrievePayment({ paymentId: form.paymentId });
  return recordProviderPayment({
    db,
    payment: check.isAuthenticated
      ? payment
      : {
          ...payment,
          status: "failed",
          failure: {
            code: `mdStatus ${form.mdStatus}`,
            messageKey: "errors.payments.three_ds_failed",
            providerMessage: null,
          },
        },
    source: "read",
    type: check.isAuthenticated ? "three_ds.completed" : "three_ds.not_authenticated",
    conversationId: form.conversationId,
    detail: { mdStatus: form.mdStatus },
  });
}
