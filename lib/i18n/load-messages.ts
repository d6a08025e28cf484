import type { Locale } from "./config";

// One file per area and locale, so each feature owns its strings; deep-merged into one messages object, so two areas
// may both add keys under the same namespace (e.g. `errors`).
const AREAS = [
  "",
  ".catalog",
  ".sync",
  ".webhooks",
  ".orders",
  ".validation",
  ".providers",
  ".ops",
  ".shopify",
  ".trendyol",
  ".payments",
  ".hepsiburada",
  ".aras",
  ".luca",
  ".orderToCash",
  ".errors",
  ".security",
  ".lists",
] as const;

type Messages = Record<string, unknown>;
const isRecord = (value: unknown): value is Messages => typeof value === "object" && value !== null;

function deepMerge(target: Messages, source: Messages): Messages {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] = isRecord(existing) && isRecord(value) ? deepMerge({ ...existing }, value) : value;
  }
  return target;
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  const parts = await Promise.all(
    AREAS.map(
      async (area) => (await import(`./messages/${area ? area.slice(1) + "." : ""}${locale}.json`)).default as Messages,
    ),
  );
  return parts.reduce<Messages>((merged, part) => deepMerge(merged, part), {});
}
