/**
 * Secrets that can slip into an error message (a URL with credentials, an Authorization header echoed back, a
 * `password=` query) are cut before anything is stored, shown, logged or sent.
 */
export function scrubSecrets(message: string): string {
  return message
    .replace(
      /\b(authorization|proxy-authorization)(["']?\s*[:=]\s*["']?)((bearer|basic|token)\s+)?[^\s"'&,;]+/gi,
      "$1$2[redacted]",
    )
    .replace(/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, "$1 [redacted]")
    .replace(/(\/\/)[^/@\s:]+:[^/@\s]+@/g, "$1[redacted]@")
    .replace(
      /\b(api[_-]?key|apikey|secret|password|passwd|token|access[_-]?token|signature|sig)(["']?\s*[:=]\s*["']?)[^\s"'&,;]+/gi,
      "$1$2[redacted]",
    )
    .replace(/\b(kpr|sk|rk|whsec|shpat|shpss)_[A-Za-z0-9_-]{8,}/g, "[redacted]")
    .replace(/(hooks\.slack\.com\/services\/)[^\s"']+/gi, "$1[redacted]");
}

/**
 * The part of an error message that stays the same when the same thing fails again: ids, numbers, timestamps, UUIDs,
 * hex digests, e-mail addresses and quoted values are replaced by placeholders, and whitespace is collapsed.
 */
export function errorSignature(message: string): string {
  return scrubSecrets(message)
    .replace(/\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?/g, "<time>")
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<id>")
    .replace(/\b[0-9a-f]{16,}\b/gi, "<id>")
    .replace(/[\w.+-]+@[\w-]+\.[\w.-]+/g, "<email>")
    .replace(/"[^"]{0,200}"|'[^']{0,200}'|“[^”]{0,200}”/g, '"…"')
    .replace(/\b[A-Za-z]*\d[\w-]*\b/g, (token) => (/^[A-Za-z]+\d?$/.test(token) ? token : "<n>"))
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 300);
}
