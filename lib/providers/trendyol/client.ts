import type { z } from "zod";
import { ProviderError } from "@/lib/errors";
import type { ProviderErrorKind } from "@/lib/errors";
import {
  DEFAULT_LISTING_TIER,
  ENDPOINT_LIMIT,
  GROUP_WINDOW_MS,
  endpointKey,
  groupLimitPerMinute,
  serviceGroupOf,
} from "./limits";
import type { ListingTier } from "./limits";
import { parseProviderJson } from "@/lib/providers/webhook-parse";
import { errorBodySchema, pagedSchema, streamPageSchema } from "./wire";

const DEFAULT_MAX_RETRIES = 5;
const BASE_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 60_000;

export type TrendyolClientOptions = {
  baseUrl: string;
  sellerId: string;
  apiKey: string;
  apiSecret: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  maxRetries?: number;
  /** The seller's listing tier: it sets the per-minute budget of every service group (fact sheet §4). */
  listingTier?: ListingTier;
  /** "SelfIntegration" for a merchant's own integration, the integrator's name otherwise. */
  userAgentSuffix?: string;
};

type Query = Record<string, string | number | boolean | undefined>;
export type TrendyolRequest = {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  query?: Query;
  body?: unknown;
  /** Multipart body (claim issue); sent instead of `body`. */
  form?: FormData;
};

export type TrendyolClient = {
  sellerId: string;
  request<T>(options: TrendyolRequest & { schema: z.ZodType<T> }): Promise<T>;
  /** For calls whose answer carries nothing we use (status PUTs). */
  send(options: TrendyolRequest): Promise<void>;
  /** Walks the `{ page, size, totalPages, content }` envelope from page 0, one yielded array per page. */
  paginate<T>(options: {
    path: string;
    query?: Query;
    size: number;
    itemSchema: z.ZodType<T>;
    maxRecords?: number;
  }): AsyncGenerator<T[]>;
  /** Follows `nextCursor` while `hasMore`, with the same filters on every call (a changed filter is a 400). */
  stream<T>(options: { path: string; query: Query; itemSchema: z.ZodType<T>; paceMs?: number }): AsyncGenerator<T[]>;
};

const STATUS_MESSAGES: Record<number, [ProviderErrorKind, string]> = {
  400: ["invalid_request", "Trendyol rejected the request (400)"],
  401: ["auth", "Trendyol rejected the API key/secret (401)"],
  403: ["forbidden", "Trendyol refused access (403); check the seller id and the User-Agent"],
  404: ["not_found", "Trendyol could not find the resource (404)"],
  409: ["invalid_request", "Trendyol refused a conflicting request (409)"],
  426: ["invalid_request", "Trendyol has retired this endpoint (426)"],
  429: ["rate_limited", "Trendyol rate limit reached (429); try again shortly"],
};

/**
 * Paces calls below Trendyol's budgets: 50 per 10 s per endpoint, and the per-minute budget of the request's service
 * group at the seller's tier. Each call reserves the earliest slot both windows allow and sleeps until it.
 */
function createPacer(tier: ListingTier, now: () => number, sleep: (ms: number) => Promise<void>) {
  const slots = new Map<string, number[]>();
  const reserve = (key: string, max: number, windowMs: number, earliest: number) => {
    if (!Number.isFinite(max)) return earliest;
    const taken = slots.get(key) ?? [];
    const blocking = taken.length >= max ? (taken[taken.length - max] ?? 0) + windowMs : 0;
    return Math.max(earliest, blocking);
  };
  const record = (key: string, at: number, max: number) => {
    if (!Number.isFinite(max)) return;
    const taken = slots.get(key) ?? [];
    taken.push(at);
    if (taken.length > max) taken.splice(0, taken.length - max);
    slots.set(key, taken);
  };
  return async (method: string, path: string) => {
    const group = serviceGroupOf(method, path);
    const groupMax = groupLimitPerMinute(group, tier);
    const endpoint = endpointKey(method, path);
    const start = now();
    let at = reserve(endpoint, ENDPOINT_LIMIT.max, ENDPOINT_LIMIT.windowMs, start);
    at = reserve(`group:${group}`, groupMax, GROUP_WINDOW_MS, at);
    record(endpoint, at, ENDPOINT_LIMIT.max);
    record(`group:${group}`, at, groupMax);
    if (at > start) await sleep(at - start);
  };
}

export function createTrendyolClient(options: TrendyolClientOptions): TrendyolClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const pace = createPacer(options.listingTier ?? DEFAULT_LISTING_TIER, now, sleep);
  const headers = {
    Authorization: `Basic ${Buffer.from(`${options.apiKey}:${options.apiSecret}`).toString("base64")}`,
    "User-Agent": `${options.sellerId} - ${options.userAgentSuffix ?? "SelfIntegration"}`,
    Accept: "application/json",
  };

  async function execute({ method = "GET", path, query, body, form }: TrendyolRequest): Promise<string> {
    const url = new URL(baseUrl + path);
    for (const [key, value] of Object.entries(query ?? {}))
      if (value !== undefined) url.searchParams.set(key, String(value));
    const init: RequestInit = form
      ? { method, headers, body: form }
      : body === undefined
        ? { method, headers }
        : { method, headers: { ...headers, "Content-Type": "application/json" }, body: JSON.stringify(body) };
    // POSTs are not idempotent (a resend may create a second batch or hit the 15-minute duplicate rule), so only a
    // 429, which Trendyol did not process, is retried for them.
    const canRetryFailure = method !== "POST";
    for (let attempt = 0; ; attempt++) {
      await pace(method, path);
      const backoffMs = Math.min(BASE_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS);
      let response: Response;
      try {
        response = await fetchImpl(url, init);
      } catch (cause) {
        // Refused by the outbound guard, or a redirect: not a network failure, and not worth retrying.
        if (cause instanceof ProviderError) throw cause;
        if (canRetryFailure && attempt < maxRetries) {
          await sleep(backoffMs);
          continue;
        }
        throw new ProviderError("network", `Could not reach Trendyol at ${url.host}: ${describeCause(cause)}`, {
          cause,
        });
      }
      const text = await response.text();
      if (response.ok) return text;
      const error = toProviderError(response, text, backoffMs);
      const isRetryable = error.kind === "rate_limited" || (canRetryFailure && error.kind === "unavailable");
      if (!isRetryable || attempt >= maxRetries) throw error;
      await sleep(error.retryAfterMs ?? backoffMs);
    }
  }

  async function request<T>(options: TrendyolRequest & { schema: z.ZodType<T> }): Promise<T> {
    const text = await execute(options);
    let json: unknown;
    try {
      json = parseTrendyolJson(text);
    } catch (cause) {
      throw new ProviderError("bad_response", `Trendyol answered ${options.path} with something that is not JSON`, {
        cause,
      });
    }
    const parsed = options.schema.safeParse(json);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new ProviderError(
      "bad_response",
      `Trendyol answered ${options.path} with an unexpected shape: ${issues.join("; ")}`,
    );
  }

  async function* paginate<T>({
    path,
    query,
    size,
    itemSchema,
    maxRecords,
  }: {
    path: string;
    query?: Query;
    size: number;
    itemSchema: z.ZodType<T>;
    maxRecords?: number;
  }) {
    const schema = pagedSchema(itemSchema);
    for (let page = 0; ; page++) {
      // A filter serves at most `maxRecords` (orders: 10,000); the caller narrows the filter instead of paging on.
      if (maxRecords !== undefined && page * size >= maxRecords) {
        throw new ProviderError(
          "invalid_request",
          `Trendyol serves at most ${maxRecords} records for one filter; narrow the date range`,
        );
      }
      const envelope = await request({ path, query: { ...query, page, size }, schema });
      if (envelope.content.length > 0) yield envelope.content;
      if (envelope.content.length === 0 || page + 1 >= envelope.totalPages) return;
    }
  }

  let lastStreamCallAt: number | undefined;
  async function* stream<T>({
    path,
    query,
    itemSchema,
    paceMs = 0,
  }: {
    path: string;
    query: Query;
    itemSchema: z.ZodType<T>;
    paceMs?: number;
  }) {
    const schema = streamPageSchema(itemSchema);
    let cursor: string | undefined;
    for (;;) {
      // The pause holds between any two stream calls of this client, across windows too.
      const waitMs = lastStreamCallAt === undefined ? 0 : lastStreamCallAt + paceMs - now();
      if (waitMs > 0) await sleep(waitMs);
      lastStreamCallAt = now();
      const page = await request({ path, query: { ...query, nextCursor: cursor }, schema });
      if (page.content.length > 0) yield page.content;
      if (!page.hasMore || !page.nextCursor) return;
      cursor = page.nextCursor;
    }
  }

  async function send(options: TrendyolRequest): Promise<void> {
    await execute(options);
  }

  return { sellerId: options.sellerId, request, send, paginate, stream };
}

/**
 * JSON with Trendyol's int64s intact: an integer past 2^53 (a `cargoTrackingNumber`, an id) becomes a string, every
 * other number a JS number. The fast path skips the lossless parser when no 16-digit run appears.
 */
export function parseTrendyolJson(text: string): unknown {
  return text === "" ? undefined : parseProviderJson(text);
}

function toProviderError(response: Response, text: string, backoffMs: number): ProviderError {
  const [kind, summary] =
    STATUS_MESSAGES[response.status] ??
    (response.status >= 500
      ? (["unavailable", `Trendyol is unavailable (${response.status})`] as const)
      : (["invalid_request", `Trendyol answered ${response.status}`] as const));
  const said = describeErrorBody(text);
  const retryAfterMs =
    kind === "rate_limited" ? (parseRetryAfter(response.headers.get("retry-after")) ?? backoffMs) : undefined;
  // Our sentence is keyed for translation; Trendyol's documented error text (never a raw body) travels apart in
  // providerMessage, verbatim, and is shown labelled as Trendyol's words.
  return new ProviderError(kind, said.message ? `${summary}; Trendyol: “${said.message}”` : summary, {
    status: response.status,
    retryAfterMs,
    messageKey: `errors.provider_kind.${kind}`,
    params: { provider: "Trendyol", status: response.status },
    providerCode: said.code,
    providerMessage: said.message,
  });
}

/**
 * Trendyol's own messages (`errors[].message`, or the order API's `{error, message}`), which merchants recognise. A
 * body that is not Trendyol's JSON error shape (an HTML page, a proxy's text) says nothing we repeat.
 */
export function describeErrorBody(text: string): { message: string | null; code: string | null } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { message: null, code: null };
  }
  const body = errorBodySchema.safeParse(json);
  if (!body.success) return { message: null, code: null };
  const errors = body.data.errors ?? [];
  const messages = errors.map((error) => error.message ?? error.key).filter((m): m is string => !!m);
  const code = errors.find((error) => error.key)?.key ?? null;
  const message =
    messages.length > 0 ? messages.join("; ") : (body.data.message ?? body.data.error ?? body.data.exception);
  return { message: message ? message.slice(0, 500) : null, code };
}

/** `Retry-After` is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return "network error";
  const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : "";
  return `${cause.message}${inner}`;
}

/** True for Trendyol's rejection of a body identical to one sent in the last 15 minutes. */
export function isDuplicateRequestError(error: unknown): boolean {
  return (
    error instanceof ProviderError && error.kind === "invalid_request" && !!error.providerMessage?.includes("15 dakika")
  );
}
