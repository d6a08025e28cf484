/** A value as it reaches the browser through an API answer: dates are ISO strings. */
export type AsJson<T> = T extends Date
  ? string
  : T extends (infer Item)[]
    ? AsJson<Item>[]
    : T extends object
      ? { [K in keyof T]: AsJson<T[K]> }
      : T;

/**
 * A lib result exactly as its route would answer it (through JSON), for pages that prefetch what client components
 * otherwise fetch: the hydrated data then equals the fetched data, dates included.
 */
export function asJson<T>(value: T): AsJson<T> {
  return JSON.parse(JSON.stringify(value)) as AsJson<T>;
}
