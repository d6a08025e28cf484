export const LOCALES = ["tr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "tr";
export const LOCALE_COOKIE = "kopru_locale";

export const isLocale = (value: string | undefined): value is Locale => LOCALES.includes(value as Locale);
