import type { Locale } from "./config";

// One file per area and locale, so each feature owns its strings; merged into one messages object.
const AREAS = ["", ".catalog", ".sync", ".webhooks", ".orders", ".trendyol"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    AREAS.map(
      async (area) =>
        (await import(`./messages/${area ? area.slice(1) + "." : ""}${locale}.json`)).default as Record<
          string,
          unknown
        >,
    ),
  );
  return Object.assign({}, ...parts);
}
