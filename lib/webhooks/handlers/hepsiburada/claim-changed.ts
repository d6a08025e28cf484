import { upsertClaims } from "@/lib/orders/upsert-claims";
import { parseOmsDate } from "@/lib/providers/hepsiburada/transform";
import { webhookClaimSchema } from "@/lib/providers/hepsiburada/webhook-wire";
import { loadHepsiburadaAdapter } from "@/lib/sync/hepsiburada/hepsiburada-adapter";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { parsePayload } from "../parse-payload";

const DAY_MS = 86_400_000;

/**
 * A claim (return) call is a hint: the claim is re-read from Hepsiburada's claims list and stored on its order (newer
 * wins), so a duplicate or late call converges on Hepsiburada's current state.
 */
export const handleHepsiburadaClaimChanged: WebhookHandler = async ({ db, event, payload }) => {
  const hint = parsePayload(webhookClaimSchema, payload, "Hepsiburada claim");
  const integrationId = event.integrationId ?? event.provider;
  const adapter = await loadHepsiburadaAdapter(db, integrationId);
  // Accept/reject calls may carry no claim date: then every listed claim is looked at.
  const claimedAt = parseOmsDate(hint.claimDate);
  const since = new Date(claimedAt ? claimedAt.getTime() - DAY_MS : 0);
  for await (const claim of adapter.listClaims({ since, until: new Date() })) {
    if (claim.claimId !== hint.claimNumber) continue;
    await upsertClaims({ db, integrationId, claims: [claim] });
    return {
      outcome: "processed",
      note: `claim ${claim.claimId} on order ${claim.remoteOrderNumber} is ${claim.status}`,
    };
  }
  return { outcome: "ignored", note: `Hepsiburada does not list claim ${hint.claimNumber}` };
};
