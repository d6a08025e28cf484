const SECRET_KEY = /pass(word)?|secret|token|api_?key|authorization|cookie|signature|sifre|parola/i;

/** A copy of a request fit for storing and showing: values under secret-looking keys become "[redacted]". */
export function redactRequest(value: unknown, depth = 0): unknown {
  if (depth > 12 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => redactRequest(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => [
      key,
      SECRET_KEY.test(key) ? "[redacted]" : redactRequest(item, depth + 1),
    ]),
  );
}
