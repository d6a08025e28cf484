import { parse as parseLossless } from "lossless-json";
import type { z } from "zod";
import { ProviderError, type ProviderErrorKind } from "@/lib/errors";
import type { HepsiburadaHosts } from "./config";
import { errorBodySchema } from "./wire";

const DEFAULT_MAX_RETRIES = 5;
const BASE_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;

export type HepsiburadaService = keyof HepsiburadaHosts;

export type HepsiburadaClientOptions = {
  hosts: HepsiburadaHosts;
  merchantId: string;
  serviceKey: string;
  /** Sent as `User-Agent` on every call: the integrator's developer username, e.g. `acme_dev`. */
  developerUsername: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  maxRetries?: number;
};

type Query = Record<string, string | number | boolean | undefined>;
export type HepsiburadaRequest = {
  service: HepsiburadaService;
  method?: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  query?: Query;
  body?: unknown;
  /** A write whose repetition is harmless (a listing upload sets absolute values): retried like a read. */
  isIdempotent?: boolean;
};
export type HepsiburadaResponse<T> = { data: T; headers: Headers; status: number };

export type HepsiburadaClient = {
  merchantId: string;
  request<T>(options: HepsiburadaRequest & { schema: z.ZodType<T> }): Promise<HepsiburadaResponse<T>>;
  /** For calls whose answer carries nothing Köprü uses (204s, status PUTs). */
  send(options: HepsiburadaRequest): Promise<void>;
};

/** What a person reads: a stable message key with parameters, and what Hepsiburada said kept apart, verbatim. */
export type HepsiburadaErrorDetails = {
  messageKey: string;
  params: Record<string, string | number>;
  providerMessage?: string;
  correlationId?: string;
};

export class HepsiburadaError extends ProviderError {
  readonly details: HepsiburadaErrorDetails;

  constructor(
    kind: ProviderErrorKind,
    message: string,
    details: HepsiburadaErrorDetails,
    options: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(kind, message, options);
    this.name = "HepsiburadaError";
    this.details = details;
  }
}

/** Money and ids stay exact: integers beyond 2^53 come back as strings (and wire.ts reads ids as strings). */
export function parseHepsiburadaJson(text: string): unknown {
  return parseLossless(text, null, (value) =>
    /^-?\d+$/.test(value) && !Number.isSafeInteger(Number(value)) ? value : Number(value),
  );
}

/** Hepsiburada answers JSON objects, JSON strings or plain text (the OMS OpenAPI declares 400/401/500 as strings). */
export function describeErrorBody(text: string): { message?: string; correlationId?: string; code?: string } {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.startsWith("<")) return {};
  let json: unknown;
  try {
    json = parseHepsiburadaJson(trimmed);
  } catch {
    return { message: trimmed.slice(0, 300) };
  }
  if (typeof json === "string") return { message: json.slice(0, 300) };
  const body = errorBodySchema.safeParse(json);
  if (!body.success) return {};
  const message = body.data.message ?? body.data.defaultMessage ?? body.data.error ?? undefined;
  return {
    message: message ?? undefined,
    correlationId: body.data.correlationId ?? undefined,
    code: body.data.code ?? undefined,
  };
}

/**
 * Which credential Hepsiburada refused. A body naming the User-Agent, or a 403, means the developer username (sent as
 * User-Agent) is not authorised; a plain 401 means merchant id / service key. The sheet leaves the exact split [?]:
 * this is the one place that decides it.
 */
export function authFailureOf(status: number, providerMessage: string | undefined): "key" | "user_agent" | undefined {
  if (status !== 401 && status !== 403) return undefined;
  if (providerMessage && /user[\s-]?agent|developer|integrator|entegrat/i.test(providerMessage)) return "user_agent";
  return status === 403 ? "user_agent" : "key";
}

const BUSY_UPLOADS = /too many ongoing|waiting inventory uploads/i;
const DAILY_LIMIT = /günlük limit/i;

function toError(response: Response, text: string, service: HepsiburadaService, backoffMs: number): HepsiburadaError {
  const status = response.status;
  const said = describeErrorBody(text);
  const extra = { providerMessage: said.message, correlationId: said.correlationId ?? correlationOf(response) };
  const make = (kind: ProviderErrorKind, messageKey: string, message: string, retryAfterMs?: number) =>
    new HepsiburadaError(
      kind,
      // Hepsiburada's own words stay in providerMessage (shown labelled), never inside our sentence.
      message,
      { messageKey, params: { status, service }, ...extra },
      { status, retryAfterMs },
    );
  const auth = authFailureOf(status, said.message);
  if (auth === "key")
    return make("auth", "errors.hepsiburada_key_rejected", "Hepsiburada rejected the merchant id or service key (401)");
  if (auth === "user_agent")
    return make(
      "forbidden",
      "errors.hepsiburada_user_agent_rejected",
      `Hepsiburada refused the developer username sent as User-Agent (${status}); it must be the integrator's developer username authorised for this merchant`,
    );
  if (status === 429)
    return make(
      "rate_limited",
      "errors.hepsiburada_rate_limited",
      "Hepsiburada rate limit reached (429)",
      retryAfterOf(response) ?? backoffMs,
    );
  if (said.message && BUSY_UPLOADS.test(said.message))
    return make(
      "rate_limited",
      "errors.hepsiburada_uploads_busy",
      "Hepsiburada has too many uploads in progress",
      backoffMs,
    );
  if (status === 406 || (said.message && DAILY_LIMIT.test(said.message)))
    return make("invalid_request", "errors.hepsiburada_daily_limit", "Hepsiburada's daily upload limit is used up");
  if (status === 404)
    return make("not_found", "errors.hepsiburada_not_found", "Hepsiburada could not find the resource (404)");
  if (status >= 500)
    return make("unavailable", "errors.hepsiburada_unavailable", `Hepsiburada is unavailable (${status})`);
  return make("invalid_request", "errors.hepsiburada_rejected", `Hepsiburada rejected the request (${status})`);
}

function correlationOf(response: Response): string | undefined {
  return response.headers.get("x-correlation-id") ?? undefined;
}

/** `X-RateLimit-Reset` (seconds until the window resets) or `Retry-After` (seconds or an HTTP date). */
export function retryAfterOf(response: Response, now = Date.now()): number | undefined {
  const reset = Number(response.headers.get("x-ratelimit-reset") ?? "");
  if (response.headers.has("x-ratelimit-reset") && Number.isFinite(reset)) return Math.max(0, reset * 1000);
  const value = response.headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function createHepsiburadaClient(options: HepsiburadaClientOptions): HepsiburadaClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const headers = {
    Authorization: `Basic ${Buffer.from(`${options.merchantId}:${options.serviceKey}`).toString("base64")}`,
    "User-Agent": options.developerUsername,
    Accept: "application/json",
    "Content-Type": "application/json",
  };

  async function execute({ service, method = "GET", path, query, body, isIdempotent }: HepsiburadaRequest) {
    const url = new URL(options.hosts[service].replace(/\/+$/, "") + path);
    for (const [key, value] of Object.entries(query ?? {}))
      if (value !== undefined) url.searchParams.set(key, String(value));
    const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
    // A 429 or a "too many uploads" refusal was not processed, so any method may be resent; other failures only for
    // reads and idempotent writes, since a resent POST could create a second package.
    const isRead = method === "GET" || isIdempotent === true;
    for (let attempt = 0; ; attempt++) {
      const backoffMs = Math.min(BASE_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS);
      let response: Response;
      try {
        response = await fetchImpl(url, init);
      } catch (cause) {
        // Refused by the outbound guard, or a redirect: not a network failure, and not worth retrying.
        if (cause instanceof ProviderError) throw cause;
        if (isRead && attempt < maxRetries) {
          await sleep(backoffMs);
          continue;
        }
        throw new HepsiburadaError(
          "network",
          `Could not reach Hepsiburada at ${url.host}`,
          { messageKey: "errors.hepsiburada_unreachable", params: { host: url.host, service } },
          { cause },
        );
      }
      const text = await response.text();
      if (response.ok) return { text, headers: response.headers, status: response.status };
      const error = toError(response, text, service, backoffMs);
      const isRetryable = error.kind === "rate_limited" || (isRead && error.kind === "unavailable");
      if (!isRetryable || attempt >= maxRetries) throw error;
      await sleep(error.retryAfterMs ?? backoffMs);
    }
  }

  async function request<T>(req: HepsiburadaRequest & { schema: z.ZodType<T> }): Promise<HepsiburadaResponse<T>> {
    const { text, headers: responseHeaders, status } = await execute(req);
    let json: unknown;
    try {
      json = text.trim() === "" ? undefined : parseHepsiburadaJson(text);
    } catch (cause) {
      throw badResponse(req.path, "not JSON", cause);
    }
    const parsed = req.schema.safeParse(json);
    if (parsed.success) return { data: parsed.data, headers: responseHeaders, status };
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw badResponse(req.path, issues.join("; "));
  }

  async function send(req: HepsiburadaRequest): Promise<void> {
    await execute(req);
  }

  return { merchantId: options.merchantId, request, send };
}

function badResponse(path: string, issue: string, cause?: unknown): HepsiburadaError {
  return new HepsiburadaError(
    "bad_response",
    `Hepsiburada answered ${path} with an unexpected shape: ${issue}`,
    { messageKey: "errors.hepsiburada_bad_response", params: { path }, providerMessage: issue },
    { cause },
  );
}
