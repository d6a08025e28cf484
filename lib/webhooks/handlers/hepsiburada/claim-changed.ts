import { webhookClaimSchema } from "@/lib/providers/hepsiburada/webhook-wire";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";

/** A claim (return) call: stored with the event; Köprü reads claims from Hepsiburada's claims list, not from the call. */
export const handleHepsiburadaClaimChanged: WebhookHandler = async ({ payload }) => {
  const claim = parsePayload(webhookClaimSchema, payload, "Hepsiburada claim");
  const order = claim.orderNumber ? ` on order ${claim.orderNumber}` : "";
  return { outcome: "processed", note: `claim ${claim.claimNumber}${order} is ${claim.status ?? "changed"}` };
};
