export type ApiIssue = { path: string; message: string };

/** A non-2xx answer from our API, which always has the shape `{ error, message, issues?, …details }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];
  /** The rest of the error body, e.g. `run_id` on a 409 that names the run already under way. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    status: number,
    code: string,
    message: string,
    issues: ApiIssue[] = [],
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.details = details;
  }
}

type ErrorBody = { error?: string; message?: string; issues?: ApiIssue[] } & Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Same-origin JSON fetch for the console's client components; throws ApiError on a non-2xx answer. */
export async function fetchJson<T>(url: string, options: { method?: string; body?: unknown } = {}): Promise<T> {
  const hasBody = options.body !== undefined;
  const res = await fetch(url, {
    method: options.method ?? (hasBody ? "POST" : "GET"),
    headers: hasBody ? { "Content-Type": "application/json" } : undefined,
    body: hasBody ? JSON.stringify(options.body) : undefined,
    credentials: "same-origin",
    cache: "no-store",
  });
  const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const { error, message, issues, ...details } = (isRecord(data) ? data : {}) as ErrorBody;
    throw new ApiError(res.status, error ?? "internal", message ?? res.statusText, issues ?? [], details);
  }
  return data as T;
}

/** Per-field messages from a 400's `issues`, keyed by the full path and by its first segment (the field name). */
export function issuesByField(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const byField: Record<string, string> = {};
  for (const issue of error.issues) {
    byField[issue.path] ??= issue.message;
    byField[issue.path.split(".")[0] ?? ""] ??= issue.message;
  }
  return byField;
}
