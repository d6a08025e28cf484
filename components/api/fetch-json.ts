export type ApiIssue = { path: string; message: string };

/** A non-2xx answer from our API, which always has the shape `{ error, message, issues? }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];

  constructor(status: number, code: string, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

type ErrorBody = { error?: string; message?: string; issues?: ApiIssue[] };

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
    const body = (data ?? {}) as ErrorBody;
    throw new ApiError(res.status, body.error ?? "internal", body.message ?? res.statusText, body.issues ?? []);
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
