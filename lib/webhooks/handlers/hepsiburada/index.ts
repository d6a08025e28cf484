import type { HepsiburadaWebhookEventType } from "@/lib/providers/hepsiburada/webhook-wire";
import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { queueOrdersSync } from "../queue-orders-sync";
import { handleHepsiburadaClaimChanged } from "./claim-changed";
import { handleHepsiburadaPackageMoved } from "./package-moved";

/**
 * Hepsiburada's calls are hints. New lines, new packages, cancels, unpacks and address changes: one orders_in run
 * re-reads open lines and packages. Package moves: the package is re-read. Claims: stored and noted.
 */
export const hepsiburadaWebhookHandlers: Record<HepsiburadaWebhookEventType, WebhookHandler> = {
  "order.created": queueOrdersSync,
  "package.created": queueOrdersSync,
  "line.cancelled": queueOrdersSync,
  "package.unpacked": queueOrdersSync,
  "order.shipping_address_changed": queueOrdersSync,
  "package.in_transit": handleHepsiburadaPackageMoved,
  "package.delivered": handleHepsiburadaPackageMoved,
  "package.undelivered": handleHepsiburadaPackageMoved,
  "claim.awaiting_action": handleHepsiburadaClaimChanged,
  "claim.accepted": handleHepsiburadaClaimChanged,
  "claim.rejected": handleHepsiburadaClaimChanged,
};
