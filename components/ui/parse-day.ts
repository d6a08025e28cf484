/** The day format each console language types and reads; the value itself is always yyyy-mm-dd. */
const FORMATS: Record<string, { pattern: RegExp; order: "dmy" | "ymd" }> = {
  tr: { pattern: /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/, order: "dmy" },
  en: { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: "ymd" },
};
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, "0");

/** yyyy-mm-dd from what was typed in the locale's format (ISO is always accepted); null when it is not a real day. */
export function parseDay(text: string, locale: string): string | null {
  const trimmed = text.trim();
  const format = FORMATS[locale] ?? FORMATS.en!;
  const iso = ISO.exec(trimmed);
  const match = format.pattern.exec(trimmed);
  let parts: [number, number, number] | null = null;
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (match) {
    const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
    parts = format.order === "dmy" ? [c, b, a] : [a, b, c];
  }
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** yyyy-mm-dd shown in the locale's format. */
export function formatDay(value: string, locale: string): string {
  const iso = ISO.exec(value);
  if (!iso) return value;
  return (FORMATS[locale] ?? FORMATS.en!).order === "dmy" ? `${iso[3]}.${iso[2]}.${iso[1]}` : value;
}
