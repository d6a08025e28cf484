import { z } from "zod";
import type { ProviderDefinition } from "@/lib/providers/types";

export const STRIPE_PRODUCTION_URL = "https://api.stripe.com";

/** The publishable key goes to the browser (Stripe.js), so it is not a secret; restricted keys (`rk_`) are accepted. */
export const stripeCredentialsSchema = z.object({
  secret_key: z
    .string()
    .trim()
    .regex(/^(sk|rk)_\S+$/, "Must start with sk_ or rk_"),
  publishable_key: z
    .string()
    .trim()
    .regex(/^pk_\S+$/, "Must start with pk_"),
  webhook_secret: z
    .string()
    .trim()
    .regex(/^whsec_\S+$/, "Must start with whsec_"),
  base_url: z.url({ protocol: /^https?$/, error: "Must be an http(s) URL" }).default(STRIPE_PRODUCTION_URL),
});
export type StripeCredentials = z.infer<typeof stripeCredentialsSchema>;

export const stripeProvider = {
  id: "stripe",
  kind: "payment",
  displayName: "Stripe",
  defaultBaseUrl: STRIPE_PRODUCTION_URL,
  credentialsSchema: stripeCredentialsSchema,
  credentialFields: [
    { name: "publishable_key", isSecret: false, isRequired: true },
    { name: "secret_key", isSecret: true, isRequired: true },
    { name: "webhook_secret", isSecret: true, isRequired: true },
    { name: "base_url", isSecret: false, isRequired: false, inputType: "url" },
  ],
} satisfies ProviderDefinition;
