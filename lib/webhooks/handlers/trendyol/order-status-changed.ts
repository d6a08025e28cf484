import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { refreshPushedPackages } from "./refresh-pushed-packages";

export const handleTrendyolOrderStatusChanged: WebhookHandler = (context) => refreshPushedPackages(context);
