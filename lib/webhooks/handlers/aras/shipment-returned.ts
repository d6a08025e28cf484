import type { WebhookHandler } from "@/lib/webhooks/handler-types";
import { recordArasShipment } from "./record-aras-shipment";

export const handleArasShipmentReturned: WebhookHandler = (context) => recordArasShipment(context);
