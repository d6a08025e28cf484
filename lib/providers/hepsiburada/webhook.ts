import type { z } from "zod";
import type { HepsiburadaCredentials } from "@/lib/providers/hepsiburada/config";
import { toParseFailure } from "@/lib/providers/webhook-parse";
import { verifySharedWebhookAuth } from "@/lib/providers/webhook-shared-auth";
import {
  WEBHOOK_CALL_METHOD_HEADER,
  WEBHOOK_CALL_PATH_HEADER,
  type WebhookParse,
  type WebhookVerification,
} from "@/lib/providers/webhook-types";
import { parseHepsiburadaJson } from "./client";
import {
  type HepsiburadaWebhookEventType,
  webhookClaimSchema,
  webhookLineCancelSchema,
  webhookOrderLinesSchema,
  webhookPackageMoveSchema,
  webhookPackageSchema,
  webhookShippingAddressSchema,
} from "./webhook-wire";

/**
 * Hepsiburada's webhooks are unsigned: the call carries the Basic username/password the merchant put in the support
 * ticket with the base URL. Compared in constant time; with nothing configured every call is refused.
 */
export function verifyHepsiburadaWebhook(input: {
  rawBody: string;
  headers: Headers;
  credentials: Pick<HepsiburadaCredentials, "webhook_username" | "webhook_password">;
  now?: Date;
}): WebhookVerification {
  const { webhook_username: username, webhook_password: password } = input.credentials;
  return verifySharedWebhookAuth(input.headers, { username, password });
}

type Route = {
  method: "POST" | "PUT";
  pattern: RegExp;
  eventType: HepsiburadaWebhookEventType;
  schema: z.ZodType;
  /** What makes a re-sent call the same event: the same key dedupes, a later state of the resource does not. */
  key: (pathId: string | null, body: never) => string;
};

type Lines = z.infer<typeof webhookOrderLinesSchema>;
type Move = z.infer<typeof webhookPackageMoveSchema>;
type Claim = z.infer<typeof webhookClaimSchema>;
const sortedLineIds = (body: Lines) =>
  body.items
    .map((item) => item.id)
    .sort()
    .join(",");
const move = (eventType: HepsiburadaWebhookEventType, action: string): Route => ({
  method: "PUT",
  pattern: new RegExp(`^packages/([^/]+)/${action}$`, "i"),
  eventType,
  schema: webhookPackageMoveSchema,
  key: (pathId: string | null, body: Move) =>
    [pathId, body.shippedDate ?? body.receivedDate ?? body.undeliveredDate ?? body.unpackedDate ?? ""].join(":"),
});
const claim = (eventType: HepsiburadaWebhookEventType, action: string): Route => ({
  method: "PUT",
  pattern: new RegExp(`^claims/${action}$`, "i"),
  eventType,
  schema: webhookClaimSchema,
  key: (_: string | null, body: Claim) => `${body.claimNumber}:${body.status ?? ""}:${body.acceptedDate ?? ""}`,
});

/** Method + path (under the registered base URL) → event. The one table of Hepsiburada's webhook calls. */
const ROUTES: Route[] = [
  {
    method: "POST",
    pattern: /^orders$/i,
    eventType: "order.created",
    schema: webhookOrderLinesSchema,
    key: (_, body: Lines) => `${body.items[0]!.orderNumber}:${sortedLineIds(body)}`,
  },
  {
    method: "POST",
    pattern: /^packages$/i,
    eventType: "package.created",
    schema: webhookPackageSchema,
    key: (_, body: z.infer<typeof webhookPackageSchema>) => body.packageNumber,
  },
  {
    method: "PUT",
    pattern: /^lineitems\/([^/]+)\/cancel$/i,
    eventType: "line.cancelled",
    schema: webhookLineCancelSchema,
    key: (pathId, body: z.infer<typeof webhookLineCancelSchema>) => `${pathId}:${body.cancelDate ?? ""}`,
  },
  move("package.in_transit", "intransit"),
  move("package.delivered", "deliver"),
  move("package.undelivered", "undeliver"),
  move("package.unpacked", "unpack"),
  {
    method: "PUT",
    pattern: /^orders\/([^/]+)\/shippingaddress$/i,
    eventType: "order.shipping_address_changed",
    schema: webhookShippingAddressSchema,
    key: (pathId, body: z.infer<typeof webhookShippingAddressSchema>) =>
      `${pathId}:${body.addressId ?? ""}:${body.address ?? ""}`,
  },
  claim("claim.awaiting_action", "awaitingaction"),
  claim("claim.accepted", "accept"),
  claim("claim.rejected", "reject"),
];

/** `/orders/`, `orders`, `/packages/123/intransit?x` → `orders`, `packages/123/intransit`. */
export function normaliseWebhookPath(path: string | undefined): string {
  return (path ?? "").split("?")[0]!.replace(/^\/+|\/+$/g, "");
}

/**
 * Routes one call by method and sub-path, then checks its body. The event id is `eventType:key`, so Hepsiburada
 * re-sending a call (it does, after a failure) dedupes while the next state of the same package does not.
 */
export function parseHepsiburadaWebhook(input: {
  rawBody: string;
  headers: Headers;
  method?: string;
  path?: string;
}): WebhookParse {
  const method = (input.method ?? input.headers.get(WEBHOOK_CALL_METHOD_HEADER) ?? "POST").toUpperCase();
  const path = normaliseWebhookPath(input.path ?? input.headers.get(WEBHOOK_CALL_PATH_HEADER) ?? undefined);
  const matches = ROUTES.map((route) => ({ route, match: route.pattern.exec(path) })).filter((entry) => entry.match);
  if (matches.length === 0) return { ok: false, path: "$path", message: `Unknown Hepsiburada call path "/${path}"` };
  const found = matches.find((entry) => entry.route.method === method);
  if (!found)
    return { ok: false, path: "$method", message: `Hepsiburada calls /${path} with ${matches[0]!.route.method}` };
  let json: unknown;
  try {
    json = input.rawBody.trim() === "" ? {} : parseHepsiburadaJson(input.rawBody);
  } catch {
    return { ok: false, path: "$", message: "Body is not valid JSON" };
  }
  const body = found.route.schema.safeParse(json);
  if (!body.success) return toParseFailure(body.error);
  const pathId = found.match?.[1] ? decodeURIComponent(found.match[1]) : null;
  const key = found.route.key(pathId, body.data as never);
  // The payload is the checked body; the call's method and sub-path travel in the stored headers.
  return { ok: true, eventId: `${found.route.eventType}:${key}`, eventType: found.route.eventType, payload: body.data };
}
