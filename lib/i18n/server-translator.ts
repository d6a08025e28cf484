import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import { loadMessages } from "./load-messages";

export type MessageParams = Record<string, string | number | Date>;
/** Translates a full message key (`errors.product_not_found`); an unknown key yields `undefined`, never the raw key. */
export type Translate = (key: string, params?: MessageParams) => string | undefined;

const translators = new Map<Locale, Promise<Translate>>();

async function createTranslate(locale: Locale): Promise<Translate> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, timeZone: "Europe/Istanbul", onError: () => {} });
  return (key, params) => (t.has(key as never) ? t(key as never, params as never) : undefined);
}

/** The server-side translator for API answers, e-mails and anything else rendered outside React. Cached per locale. */
export function getServerTranslator(locale: Locale): Promise<Translate> {
  let translator = translators.get(locale);
  if (!translator) translators.set(locale, (translator = createTranslate(locale)));
  return translator;
}
