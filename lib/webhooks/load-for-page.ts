import { getDb } from "@/db/client";
import { asJson } from "@/lib/http/as-json";
import { parseRouteId } from "@/lib/http/route-id";
import { getWebhookEvent, listWebhookEvents } from "./list-webhook-events";

/** The console pages' entry to webhook events, shaped as the API answers: they hold no database handle themselves. */
export async function loadFirstWebhookPage() {
  return asJson(await listWebhookEvents({ db: await getDb(), filter: {} }));
}

/** One event with its payload, or null for an unknown id (the page answers 404). */
export async function loadWebhookEvent(eventId: string) {
  const id = parseRouteId(eventId);
  const event = id === null ? null : await getWebhookEvent({ db: await getDb(), id });
  return event && asJson(event);
}
