import { ProviderError } from "@/lib/errors";
import { addressRefusalIn, outboundDispatcher, privateAddressesAllowed } from "./outbound-guard";

/** One outbound provider call as observers (metrics, health) see it. Never carries URLs' query strings or bodies. */
export type ProviderCall = {
  provider: string;
  /** The request path with ids replaced by `:id`, so label cardinality stays bounded. */
  endpoint: string;
  method: string;
  /** The HTTP status, or `network_error` when no response arrived (refused, reset, timeout). */
  status: number | "network_error";
  seconds: number;
};

export const DEFAULT_PROVIDER_TIMEOUT_MS = 30_000;

// Kept on globalThis: Next bundles instrumentation (where observers register) apart from routes (where calls happen).
const globalForObservers = globalThis as { __kopruProviderCallObservers?: Set<(call: ProviderCall) => void> };
const observers = (globalForObservers.__kopruProviderCallObservers ??= new Set());

/** Registers a listener for every provider call (metrics, last-call health); returns the unsubscribe function. */
export function observeProviderCalls(listener: (call: ProviderCall) => void): () => void {
  observers.add(listener);
  return () => observers.delete(listener);
}

/** `/integration/order/sellers/987654/shipment-packages/123` → `/integration/order/sellers/:id/shipment-packages/:id`. */
export function endpointLabel(url: URL): string {
  return url.pathname
    .split("/")
    .map((segment) =>
      /\d/.test(segment) && !/^v\d+$/.test(segment) && !/^\d{4}-\d{2}$/.test(segment) ? ":id" : segment,
    )
    .join("/");
}

export type ProviderFetchOptions = {
  provider: string;
  timeoutMs?: number;
  /** The underlying fetch (tests inject one); defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Loopback and private addresses; defaults to KOPRU_ALLOW_PRIVATE_BASE_URLS. Link-local is never allowed. */
  allowPrivateAddresses?: boolean;
};

/**
 * The fetch every provider client is given: a timeout (30 s default), no redirects followed (a redirect is reported as
 * a bad response, so credentials never follow it to another host), connections only to addresses the outbound guard
 * allows (checked after DNS, at connect time), and every call reported to the observers.
 */
export function createProviderFetch(options: ProviderFetchOptions): typeof fetch {
  const base = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROVIDER_TIMEOUT_MS;
  const dispatcher = outboundDispatcher(options.allowPrivateAddresses ?? privateAddressesAllowed());
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    const signal = init?.signal
      ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)])
      : AbortSignal.timeout(timeoutMs);
    const started = performance.now();
    const report = (status: ProviderCall["status"]) => {
      const call = {
        provider: options.provider,
        endpoint: endpointLabel(url),
        method,
        status,
        seconds: (performance.now() - started) / 1000,
      };
      for (const observer of observers) observer(call);
    };
    let response: Response;
    try {
      // `dispatcher` is undici's extension of RequestInit (Node's fetch is undici).
      // fetch sets Content-Length from the body itself; one set by the caller (stripe-node does) is refused by the
      // guarded dispatcher.
      const headers = init?.headers ? new Headers(init.headers) : undefined;
      headers?.delete("content-length");
      const guarded = { ...init, ...(headers ? { headers } : {}), signal, redirect: "manual", dispatcher };
      response = await base(input, guarded as RequestInit);
    } catch (cause) {
      report("network_error");
      const refused = addressRefusalIn(cause);
      if (refused)
        throw new ProviderError("invalid_request", refused.message, {
          cause,
          messageKey: `errors.outbound_refused_${refused.addressClass}`,
          params: { host: refused.host, address: refused.address },
        });
      throw cause;
    }
    report(response.status);
    if (response.status >= 300 && response.status < 400) {
      throw new ProviderError(
        "bad_response",
        `${options.provider} answered with a redirect (${response.status}), which Köprü does not follow`,
        {
          status: response.status,
        },
      );
    }
    return response;
  };
}
