import type { z } from "zod";
import { ProviderError } from "@/lib/errors";
import { SHOPIFY_API_VERSION } from "./config";
import { createCostBucket, type CostBucket } from "./cost-bucket";
import { ShopifyError } from "./errors";
import { tokenInvalid, type ShopifyTokenManager } from "./token-manager";
import { graphqlEnvelopeSchema, userErrorSchema, type GraphqlEnvelope, type UserError } from "./wire";

/** Connections take at most 250 per page (fact sheet "Input arrays ≤250 items; connections first/last ≤250"). */
export const MAX_PAGE_SIZE = 250;
const DEFAULT_MAX_RETRIES = 5;
const BASE_BACKOFF_MS = 1000;

export type ShopifyClientOptions = {
  baseUrl: string;
  tokens: ShopifyTokenManager;
  fetch: typeof fetch;
  apiVersion?: string;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  maxRetries?: number;
  /** Called with every `X-Shopify-API-Version` Shopify served (it differs from the pinned one after a fall-forward). */
  onApiVersion?: (served: string) => void;
};

export type ShopifyRequest<T> = {
  /** The operation's name, used for the cost estimate and in messages. */
  operation: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Parses `data`. */
  schema: z.ZodType<T>;
  /** Safe to send again after a 5xx or a dropped connection (queries, upserts, `@idempotent` mutations). */
  isIdempotent?: boolean;
  /** First-call guess of the requested cost, until Shopify reports the real one. */
  costHint?: number;
};

export type ShopifyClient = {
  request<T>(request: ShopifyRequest<T>): Promise<T>;
  /** Walks a connection with `$first`/`$after`, one yielded array of nodes per page. */
  paginate<N>(request: {
    operation: string;
    query: string;
    variables?: Record<string, unknown>;
    pageSize?: number;
    costHint?: number;
    page: (data: unknown) => { nodes: N[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  }): AsyncGenerator<N[]>;
  /** Stats a benchmark or the integration page reads. */
  stats(): { requests: number; throttled: number; waitedMs: number; servedApiVersion: string | null };
  bucket: CostBucket;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
};

export function createShopifyClient(options: ShopifyClientOptions): ShopifyClient {
  const version = options.apiVersion ?? SHOPIFY_API_VERSION;
  const url = `${options.baseUrl.replace(/\/+$/, "")}/admin/api/${version}/graphql.json`;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const bucket = createCostBucket({ now, sleep });
  const stats = { requests: 0, throttled: 0, waitedMs: 0, servedApiVersion: null as string | null };

  async function send(body: string, token: string): Promise<{ response: Response; text: string }> {
    const response = await options.fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-Shopify-Access-Token": token },
      body,
    });
    return { response, text: await response.text() };
  }

  async function request<T>(req: ShopifyRequest<T>): Promise<T> {
    const body = JSON.stringify({ query: req.query, variables: req.variables ?? {} });
    let hadFreshToken = false;
    for (let attempt = 0; ; attempt++) {
      const cost = bucket.estimate(req.operation, req.costHint);
      const reservation = await bucket.reserve(cost);
      stats.waitedMs += reservation.waitedMs;
      const token = await options.tokens.getToken();
      let answer: { response: Response; text: string };
      try {
        stats.requests += 1;
        answer = await send(body, token);
      } catch (cause) {
        reservation.release();
        // Refused by the outbound guard, or a redirect: not a network failure, and not worth retrying.
        if (cause instanceof ProviderError) throw cause;
        if (req.isIdempotent !== false && attempt < maxRetries) {
          await sleep(BASE_BACKOFF_MS * 2 ** attempt);
          continue;
        }
        const host = new URL(url).host;
        throw new ShopifyError("network", "unreachable", `Could not reach Shopify at ${host}`, {
          params: { host },
          cause,
        });
      }
      reservation.release();
      const { response, text } = answer;
      const served = response.headers.get("x-shopify-api-version");
      if (served) {
        stats.servedApiVersion = served;
        options.onApiVersion?.(served);
      }
      const envelope = parseEnvelope(text);
      bucket.observe(req.operation, envelope?.extensions?.cost ?? null);

      if (response.status === 401) {
        // A cached or expiring token may have died early: get a new one once, then give up.
        if (!hadFreshToken && options.tokens.invalidate(token)) {
          hadFreshToken = true;
          continue;
        }
        throw tokenInvalid();
      }
      const isThrottled = response.status === 429 || envelope?.errors?.some((e) => e.extensions?.code === "THROTTLED");
      if (isThrottled) {
        stats.throttled += 1;
        if (attempt >= maxRetries) throw throttledError();
        const retryAfter = Number(response.headers.get("retry-after"));
        await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : bucket.msUntil(cost) || 1000);
        continue;
      }
      if (response.status >= 500) {
        if (req.isIdempotent !== false && attempt < maxRetries) {
          await sleep(BASE_BACKOFF_MS * 2 ** attempt);
          continue;
        }
        throw new ShopifyError("unavailable", "unavailable", `Shopify is unavailable (${response.status})`, {
          status: response.status,
          params: { status: response.status },
        });
      }
      if (!response.ok) throw statusError(response.status, text);
      if (!envelope) throw badResponse(req.operation);
      if (envelope.errors?.length) throw graphqlError(req.operation, envelope.errors);
      const parsed = req.schema.safeParse(envelope.data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw badResponse(req.operation, issue ? `${issue.path.join(".")}: ${issue.message}` : undefined);
      }
      return parsed.data;
    }
  }

  async function* paginate<N>(req: Parameters<ShopifyClient["paginate"]>[0]): AsyncGenerator<N[]> {
    let after: string | null = null;
    const first = Math.min(req.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
    for (;;) {
      const data = await request({
        operation: req.operation,
        query: req.query,
        variables: { ...req.variables, first, after },
        schema: { safeParse: (value: unknown) => ({ success: true, data: value }) } as z.ZodType<unknown>,
        costHint: req.costHint,
      });
      let page: ReturnType<typeof req.page>;
      try {
        page = req.page(data);
      } catch {
        throw badResponse(req.operation);
      }
      if (page.nodes.length > 0) yield page.nodes as N[];
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
      after = page.pageInfo.endCursor;
    }
  }

  return { request, paginate, stats: () => ({ ...stats }), bucket, fetch: options.fetch, sleep };
}

function parseEnvelope(text: string): GraphqlEnvelope | null {
  try {
    const parsed = graphqlEnvelopeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function throttledError(): ShopifyError {
  return new ShopifyError("rate_limited", "throttled", "Shopify kept answering THROTTLED; try again shortly", {
    status: 429,
  });
}

function badResponse(operation: string, detail?: string): ShopifyError {
  return new ShopifyError(
    "bad_response",
    "badResponse",
    `Shopify answered ${operation} with an unexpected shape${detail ? ` (${detail})` : ""}`,
    { params: { operation } },
  );
}

/** Shopify's documented error body, `{"errors": "…"}` or `{"errors": [{message}]}`; any other body is not repeated. */
export function shopifyErrorsOf(text: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const errors = (json as { errors?: unknown } | null)?.errors;
  if (typeof errors === "string") return errors.slice(0, 300);
  if (Array.isArray(errors)) {
    const messages = errors
      .map((error) => (error as { message?: unknown })?.message)
      .filter((m) => typeof m === "string");
    return messages.length ? messages.join("; ").slice(0, 300) : undefined;
  }
  return undefined;
}

function statusError(status: number, text: string): ShopifyError {
  const providerMessage = shopifyErrorsOf(text);
  if (status === 402) {
    return new ShopifyError("forbidden", "shopFrozen", "The Shopify store is frozen (unpaid plan, 402)", {
      status,
      providerMessage,
    });
  }
  if (status === 403 || status === 423) {
    return new ShopifyError("forbidden", "forbidden", `Shopify refused access (${status})`, {
      status,
      params: { status },
      providerMessage,
    });
  }
  if (status === 404) {
    return new ShopifyError("not_found", "shopNotFound", "No Shopify store answers at this shop domain (404)", {
      status,
      providerMessage,
    });
  }
  return new ShopifyError("invalid_request", "rejected", `Shopify rejected the request (${status})`, {
    status,
    params: { status },
    providerMessage,
  });
}

/** ACCESS_DENIED names the scope the app lacks, so the merchant knows what to add to the app's configuration. */
function graphqlError(operation: string, errors: GraphqlEnvelope["errors"] & object): ShopifyError {
  const denied = errors.find((error) => error.extensions?.code === "ACCESS_DENIED");
  const providerMessage = errors.map((error) => error.message).join("; ");
  if (denied) {
    const scope =
      scopeFrom(denied.extensions?.requiredAccess) ??
      scopeFrom(/Required access: (.*)$/.exec(denied.message)?.[1]) ??
      "?";
    return new ShopifyError(
      "forbidden",
      "accessDenied",
      `The Shopify app lacks access for ${operation}; add the scope "${scope}" to the app and reinstall it`,
      { params: { operation, scope }, providerMessage },
    );
  }
  return new ShopifyError("invalid_request", "graphqlError", `Shopify rejected ${operation}`, {
    params: { operation },
    providerMessage,
  });
}

/** "`read_orders` access scope." → "read_orders". */
function scopeFrom(text: string | undefined): string | undefined {
  return text ? /`?([a-z_]+)`?/.exec(text)?.[1] : undefined;
}

/** Splits a mutation payload's `userErrors` out; callers decide whether one is per item or fatal. */
export function readUserErrors(payload: { userErrors?: unknown } | null | undefined): UserError[] {
  const parsed = userErrorSchema.array().safeParse(payload?.userErrors ?? []);
  return parsed.success ? parsed.data : [];
}

/** Throws the mutation's user errors as one readable failure, keeping Shopify's words apart. */
export function assertNoUserErrors(operation: string, errors: UserError[]): void {
  if (errors.length === 0) return;
  throw new ShopifyError("invalid_request", "userErrors", `Shopify refused ${operation}`, {
    params: { operation },
    providerMessage: errors.map((e) => `${e.field?.join(".") ?? ""}${e.field ? ": " : ""}${e.message}`).join("; "),
  });
}
