import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { recordArasShipment } from "./record-aras-shipment";

export const handleArasShipmentStatusChanged: WebhookHandler = (context) => recordArasShipment(context);
