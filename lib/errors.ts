export const ERROR_STATUS = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  provider_unavailable: 502,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The one error type that crosses layers; route helpers map `code` to an HTTP status. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export type ProviderErrorKind =
  "auth" | "forbidden" | "not_found" | "rate_limited" | "invalid_request" | "unavailable" | "bad_response" | "network";

/** A provider call that failed; `message` is safe to show to a merchant and never contains credentials. */
export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  readonly status?: number;
  readonly retryAfterMs?: number;
  /** The provider's own result code and words, kept verbatim and shown labelled, never spliced into `message`. */
  readonly providerCode?: string | null;
  readonly providerMessage?: string | null;
  /** Translatable form of `message` (`errors.<key>` with params), for text stored or shown later. */
  readonly messageKey?: string;
  readonly params?: Record<string, string | number>;

  constructor(
    kind: ProviderErrorKind,
    message: string,
    options: {
      status?: number;
      retryAfterMs?: number;
      cause?: unknown;
      providerCode?: string | null;
      providerMessage?: string | null;
      messageKey?: string;
      params?: Record<string, string | number>;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "ProviderError";
    this.kind = kind;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.providerCode = options.providerCode;
    this.providerMessage = options.providerMessage;
    this.messageKey = options.messageKey;
    this.params = options.params;
  }

  get isRetryable(): boolean {
    return this.kind === "rate_limited" || this.kind === "unavailable" || this.kind === "network";
  }
}
