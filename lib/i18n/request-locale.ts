import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "./config";

/**
 * The reader's locale for an API answer: the console's language cookie (the user's explicit choice) first, then the
 * best of `Accept-Language` that we speak, then Turkish.
 */
export function localeFromHeaders(headers: Headers): Locale {
  const cookie = headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  if (isLocale(cookie)) return cookie;
  const accepted = (headers.get("accept-language") ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...attributes] = part.trim().split(";");
      const quality = attributes.map((a) => a.trim()).find((a) => a.startsWith("q="));
      return { language: tag.toLowerCase().split("-")[0], q: quality ? Number(quality.slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return accepted.map((entry) => entry.language).find(isLocale) ?? DEFAULT_LOCALE;
}
