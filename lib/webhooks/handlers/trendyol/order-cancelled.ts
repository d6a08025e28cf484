import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { queueTrendyolOrdersSync } from "./queue-orders-sync";

export const handleTrendyolOrderCancelled: WebhookHandler = (context) => queueTrendyolOrdersSync(context);
