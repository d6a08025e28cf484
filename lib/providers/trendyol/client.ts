import type { z } from "zod";
import { ProviderError } from "@/lib/errors";
import type { ProviderErrorKind } from "@/lib/errors";
import { errorBodySchema, pagedSchema } from "./wire";
import { parseProviderJson } from "@/lib/providers/webhook-parse";

/** Items per price-and-inventory request. Current docs say 1,000; an older page says 100. Drop to 100 if Trendyol starts rejecting. */
export const PRICE_STOCK_BATCH_LIMIT = 1000;
export const PRODUCT_BATCH_LIMIT = 1000;
/** Documented maximum page size of the orders endpoint. */
export const ORDER_PAGE_SIZE = 200;
/** The orders endpoint rejects a startDate–endDate window longer than two weeks. */
export const ORDER_WINDOW_MAX_MS = 14 * 24 * 60 * 60 * 1000;
/** Not documented; 100 is what public clients use. */
export const PRODUCT_PAGE_SIZE = 100;
const DEFAULT_MAX_RETRIES = 4;
const BASE_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;

export type TrendyolClientOptions = {
  baseUrl: string;
  sellerId: string;
  apiKey: string;
  apiSecret: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  maxRetries?: number;
  /** "SelfIntegration" for a merchant's own integration, the integrator's company name otherwise. */
  userAgentSuffix?: string;
};

type Query = Record<string, string | number | boolean | undefined>;
export type TrendyolRequest = { method?: "GET" | "POST" | "PUT"; path: string; query?: Query; body?: unknown };

export type TrendyolClient = {
  sellerId: string;
  request<T>(options: TrendyolRequest & { schema: z.ZodType<T> }): Promise<T>;
  /** For calls whose answer carries nothing we use (status PUTs). */
  send(options: TrendyolRequest): Promise<void>;
  /** Walks the `{ page, size, totalPages, content }` envelope from page 0, one yielded array per page. */
  paginate<T>(options: { path: string; query?: Query; size: number; itemSchema: z.ZodType<T> }): AsyncGenerator<T[]>;
};

const STATUS_MESSAGES: Record<number, [ProviderErrorKind, string]> = {
  400: ["invalid_request", "Trendyol rejected the request (400)"],
  401: ["auth", "Trendyol rejected the API key/secret (401)"],
  403: ["forbidden", "Trendyol refused access (403); check the seller id, User-Agent and IP allow-list"],
  404: ["not_found", "Trendyol could not find the resource (404)"],
  429: ["rate_limited", "Trendyol rate limit reached (429); try again shortly"],
};

export function createTrendyolClient(options: TrendyolClientOptions): TrendyolClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const headers = {
    Authorization: `Basic ${Buffer.from(`${options.apiKey}:${options.apiSecret}`).toString("base64")}`,
    "User-Agent": `${options.sellerId} - ${options.userAgentSuffix ?? "SelfIntegration"}`,
    Accept: "application/json",
    "Content-Type": "application/json",
  };

  async function execute({ method = "GET", path, query, body }: TrendyolRequest): Promise<string> {
    const url = new URL(baseUrl + path);
    for (const [key, value] of Object.entries(query ?? {}))
      if (value !== undefined) url.searchParams.set(key, String(value));
    const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
    // POSTs are not idempotent (a resend may create a second batch or hit the 15-minute duplicate rule), so only a
    // 429, which Trendyol did not process, is retried for them.
    const canRetryFailure = method !== "POST";
    for (let attempt = 0; ; attempt++) {
      const backoffMs = Math.min(BASE_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS);
      let response: Response;
      try {
        response = await fetchImpl(url, init);
      } catch (cause) {
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
      // An id beyond 2^53 stays a digit string, so the schema refuses it rather than a number silently rounding it.
      json = text === "" ? undefined : parseProviderJson(text);
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
  }: {
    path: string;
    query?: Query;
    size: number;
    itemSchema: z.ZodType<T>;
  }) {
    const schema = pagedSchema(itemSchema);
    for (let page = 0; ; page++) {
      const envelope = await request({ path, query: { ...query, page, size }, schema });
      if (envelope.content.length > 0) yield envelope.content;
      if (envelope.content.length === 0 || page + 1 >= envelope.totalPages) return;
    }
  }

  async function send(options: TrendyolRequest): Promise<void> {
    await execute(options);
  }

  return { sellerId: options.sellerId, request, send, paginate };
}

function toProviderError(response: Response, text: string, backoffMs: number): ProviderError {
  const [kind, summary] =
    STATUS_MESSAGES[response.status] ??
    (response.status >= 500
      ? (["unavailable", `Trendyol is unavailable (${response.status})`] as const)
      : (["invalid_request", `Trendyol answered ${response.status}`] as const));
  const detail = describeErrorBody(text);
  const retryAfterMs =
    kind === "rate_limited" ? (parseRetryAfter(response.headers.get("retry-after")) ?? backoffMs) : undefined;
  return new ProviderError(kind, detail ? `${summary}: ${detail}` : summary, { status: response.status, retryAfterMs });
}

/** Trendyol's own `errors[].message`s, which merchants recognise from the seller panel. */
export function describeErrorBody(text: string): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return text.trim().startsWith("<") ? "" : text.trim().slice(0, 200);
  }
  const body = errorBodySchema.safeParse(json);
  if (!body.success) return "";
  const messages = (body.data.errors ?? []).map((error) => error.message ?? error.key).filter((m): m is string => !!m);
  return messages.length > 0 ? messages.join("; ") : (body.data.exception ?? "");
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
  return error instanceof ProviderError && error.kind === "invalid_request" && error.message.includes("15 dakika");
}
