import { verifyArasWebhook, parseArasWebhook } from "@/lib/providers/aras/webhook";
import { ARAS_WEBHOOK_EVENT_TYPES, buildSampleArasWebhook } from "@/lib/providers/aras/webhook-sample";
import { parseHepsiburadaWebhook, verifyHepsiburadaWebhook } from "@/lib/providers/hepsiburada/webhook";
import {
  HEPSIBURADA_WEBHOOK_EVENT_TYPES,
  buildSampleHepsiburadaWebhook,
} from "@/lib/providers/hepsiburada/webhook-sample";
import { parseIyzicoWebhook, verifyIyzicoWebhook } from "@/lib/providers/iyzico/webhook";
import { IYZICO_WEBHOOK_EVENT_TYPES, buildSampleIyzicoWebhook } from "@/lib/providers/iyzico/webhook-sample";
import { parseShopifyWebhook, verifyShopifyWebhook } from "@/lib/providers/shopify/webhook";
import { SHOPIFY_WEBHOOK_EVENT_TYPES, buildSampleShopifyWebhook } from "@/lib/providers/shopify/webhook-sample";
import { parseStripeWebhook, verifyStripeWebhook } from "@/lib/providers/stripe/webhook";
import { STRIPE_WEBHOOK_EVENT_TYPES, buildSampleStripeWebhook } from "@/lib/providers/stripe/webhook-sample";
import { parseTrendyolWebhook, verifyTrendyolWebhook } from "@/lib/providers/trendyol/webhook";
import { TRENDYOL_WEBHOOK_EVENT_TYPES, buildSampleTrendyolWebhook } from "@/lib/providers/trendyol/webhook-sample";
import type {
  SampleWebhook,
  WebhookCallTarget,
  WebhookParse,
  WebhookVerification,
} from "@/lib/providers/webhook-types";

export const WEBHOOK_PROVIDER_IDS = ["shopify", "stripe", "iyzico", "hepsiburada", "trendyol", "aras"] as const;
export type WebhookProviderId = (typeof WEBHOOK_PROVIDER_IDS)[number];

type Credentials = Record<string, unknown>;

/** What the intake needs of a provider: its real verification scheme, its payload parser, and test samples. */
export type WebhookProvider = {
  verify(input: { rawBody: string; headers: Headers; credentials: Credentials; now?: Date }): WebhookVerification;
  parse(input: { rawBody: string; headers: Headers } & WebhookCallTarget): WebhookParse;
  eventTypes: readonly string[];
  buildSample(eventType: string, credentials: Credentials): SampleWebhook;
};

// Each provider's functions take its own credentials type; the registry hands them the decrypted, schema-checked set.
const adapt = <C, E extends string>(entry: {
  verify: (input: { rawBody: string; headers: Headers; credentials: C; now?: Date }) => WebhookVerification;
  parse: WebhookProvider["parse"];
  eventTypes: readonly E[];
  buildSample: (eventType: E, credentials: C) => SampleWebhook;
}): WebhookProvider => ({
  verify: (input) => entry.verify({ ...input, credentials: input.credentials as C }),
  parse: entry.parse,
  eventTypes: entry.eventTypes,
  buildSample: (eventType, credentials) => entry.buildSample(eventType as E, credentials as C),
});

export const WEBHOOK_PROVIDERS: Record<WebhookProviderId, WebhookProvider> = {
  shopify: adapt({
    verify: verifyShopifyWebhook,
    parse: parseShopifyWebhook,
    eventTypes: SHOPIFY_WEBHOOK_EVENT_TYPES,
    buildSample: buildSampleShopifyWebhook,
  }),
  stripe: adapt({
    verify: verifyStripeWebhook,
    parse: parseStripeWebhook,
    eventTypes: STRIPE_WEBHOOK_EVENT_TYPES,
    buildSample: buildSampleStripeWebhook,
  }),
  iyzico: adapt({
    verify: verifyIyzicoWebhook,
    parse: parseIyzicoWebhook,
    eventTypes: IYZICO_WEBHOOK_EVENT_TYPES,
    buildSample: buildSampleIyzicoWebhook,
  }),
  hepsiburada: adapt({
    verify: verifyHepsiburadaWebhook,
    parse: parseHepsiburadaWebhook,
    eventTypes: HEPSIBURADA_WEBHOOK_EVENT_TYPES,
    buildSample: buildSampleHepsiburadaWebhook,
  }),
  trendyol: adapt({
    verify: verifyTrendyolWebhook,
    parse: parseTrendyolWebhook,
    eventTypes: TRENDYOL_WEBHOOK_EVENT_TYPES,
    buildSample: buildSampleTrendyolWebhook,
  }),
  aras: adapt({
    verify: verifyArasWebhook,
    parse: parseArasWebhook,
    eventTypes: ARAS_WEBHOOK_EVENT_TYPES,
    buildSample: buildSampleArasWebhook,
  }),
};

export function getWebhookProvider(id: string): WebhookProvider | undefined {
  return (WEBHOOK_PROVIDER_IDS as readonly string[]).includes(id)
    ? WEBHOOK_PROVIDERS[id as WebhookProviderId]
    : undefined;
}
