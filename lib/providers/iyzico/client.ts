import { parse as parseLossless } from "lossless-json";
import type { z } from "zod";
import { ProviderError } from "@/lib/errors";
import { safeEqual } from "@/lib/providers/safe-equal";
import { iyzicoResponseSignature, newRandomKey, signIyzicoRequest } from "./auth";
import { IyzicoError } from "./errors";
import { iyzicoEnvelopeSchema } from "./wire";

export type IyzicoClientOptions = {
  baseUrl: string;
  apiKey: string;
  secretKey: string;
  /** The provider fetch (timeout, no redirects); tests inject one pointed at the fake. */
  fetch?: typeof fetch;
  locale?: "tr" | "en";
  randomKey?: () => string;
};

export type IyzicoCall<T> = {
  path: string;
  body: Record<string, unknown>;
  schema: z.ZodType<T>;
  /** The values iyzico signs in this reply, in order; checked when the reply carries a `signature`. */
  signedValues?: (reply: T) => readonly (string | number | null | undefined)[];
  /**
   * Whether a `failure` reply that still describes a payment (it has `paymentStatus`) is that payment's outcome
   * rather than a refused request. Which form iyzico uses for a declined checkout-form or 3DS payment is not
   * documented [?]; both are accepted here, in this one place.
   */
  failureMayDescribePayment?: boolean;
};

export type IyzicoClient = {
  post<T>(call: IyzicoCall<T>): Promise<T>;
  /** `GET /payment/test`: reachability only, it takes no credentials. */
  ping(): Promise<void>;
};

/** Keeps every number as the text iyzico sent: payment ids and prices never pass through a float. */
export function parseIyzicoJson(text: string): unknown {
  return parseLossless(text, null, (value) => value);
}

/**
 * One iyzico call: signs the exact body it sends, reads the `status` envelope whatever the HTTP status, and never
 * retries — iyzico has no idempotency keys, so a resend could charge or refund twice. A network failure or timeout is
 * a ProviderError("network") that callers resolve by looking the payment up (see index.ts).
 */
export function createIyzicoClient(options: IyzicoClientOptions): IyzicoClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const randomKey = options.randomKey ?? newRandomKey;
  const locale = options.locale ?? "tr";

  async function post<T>(call: IyzicoCall<T>): Promise<T> {
    const body = JSON.stringify({ locale, ...call.body });
    const rnd = randomKey();
    const { authorization } = signIyzicoRequest({ ...options, randomKey: rnd, path: call.path, body });
    let response: Response;
    try {
      response = await fetchImpl(baseUrl + call.path, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Accept: "application/json",
          Authorization: authorization,
          "x-iyzi-rnd": rnd,
        },
        body,
      });
    } catch (cause) {
      // Refused by the outbound guard, or a redirect: not a network failure, and not worth retrying.
      if (cause instanceof ProviderError) throw cause;
      throw new ProviderError("network", `Could not reach iyzico at ${new URL(baseUrl).host}`, { cause });
    }
    const json = await readJson(response, call.path);
    const envelope = iyzicoEnvelopeSchema.safeParse(json);
    if (!envelope.success) {
      if (response.status >= 500) throw new ProviderError("unavailable", `iyzico is unavailable (${response.status})`);
      throw new ProviderError("bad_response", `iyzico answered ${call.path} without a status`, {
        status: response.status,
      });
    }
    const describesPayment =
      call.failureMayDescribePayment && typeof (json as { paymentStatus?: unknown }).paymentStatus === "string";
    if (envelope.data.status === "failure" && !describesPayment) throw new IyzicoError(envelope.data, response.status);
    const parsed = call.schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ProviderError(
        "bad_response",
        `iyzico answered ${call.path} with an unexpected shape at ${issue?.path.join(".") || "(root)"}`,
      );
    }
    const signature = (json as { signature?: unknown }).signature;
    if (typeof signature === "string" && call.signedValues) {
      const expected = iyzicoResponseSignature(options.secretKey, call.signedValues(parsed.data));
      if (!safeEqual(expected, signature.toLowerCase()))
        throw new ProviderError(
          "bad_response",
          `iyzico's reply to ${call.path} carries a signature that does not match`,
        );
    }
    return parsed.data;
  }

  async function ping(): Promise<void> {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}/payment/test`, { headers: { Accept: "application/json" } });
    } catch (cause) {
      // Refused by the outbound guard, or a redirect: not a network failure, and not worth retrying.
      if (cause instanceof ProviderError) throw cause;
      throw new ProviderError("network", `Could not reach iyzico at ${new URL(baseUrl).host}`, { cause });
    }
    const json = await readJson(response, "/payment/test");
    if (iyzicoEnvelopeSchema.safeParse(json).data?.status !== "success")
      throw new ProviderError("unavailable", `iyzico's health check failed (${response.status})`);
  }

  return { post, ping };
}

async function readJson(response: Response, path: string): Promise<unknown> {
  const text = await response.text();
  try {
    return parseIyzicoJson(text);
  } catch (cause) {
    const kind = response.status >= 500 ? "unavailable" : "bad_response";
    throw new ProviderError(kind, `iyzico answered ${path} with something that is not JSON (${response.status})`, {
      status: response.status,
      cause,
    });
  }
}
