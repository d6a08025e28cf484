"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo } from "react";

export type Filters<K extends string> = Partial<Record<K, string>>;

export type UrlFilters<K extends string> = {
  /** The filters in the address bar, empty values left out, so "no filter" is `{}`. */
  value: Filters<K>;
  /** Merges `patch` into the URL as a new history entry (Back undoes it); an empty string removes a filter. */
  set: (patch: Filters<K>) => void;
  /** Replaces all of this list's filters at once. */
  reset: (next?: Filters<K>) => void;
};

/**
 * A list's filters live in the URL, so a view can be bookmarked and shared and Back restores the previous one.
 * Client-loaded lists use the native history API on purpose: Next keeps `useSearchParams` in step without asking the
 * server for the page again; a server-rendered list (`isServerRendered`) navigates instead.
 */
export function useUrlFilters<K extends string>(
  keys: readonly K[],
  options: { isServerRendered?: boolean } = {},
): UrlFilters<K> {
  const router = useRouter();
  const { isServerRendered = false } = options;
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const keyList = keys.join(",");

  return useMemo(() => {
    const names = keyList.split(",") as K[];
    const value: Filters<K> = {};
    for (const key of names) {
      const found = searchParams.get(key)?.trim();
      if (found) value[key] = found;
    }
    const write = (next: Filters<K>) => {
      // Read the address bar at call time: a debounced search may commit after another filter changed.
      const params = new URLSearchParams(window.location.search);
      for (const key of names) {
        const item = next[key]?.trim();
        if (item) params.set(key, item);
        else params.delete(key);
      }
      const query = params.toString();
      const url = query ? `${pathname}?${query}` : pathname;
      if (url === `${window.location.pathname}${window.location.search}`) return;
      // A page that loads its rows on the server for the URL's filters must be asked again.
      if (isServerRendered) router.push(url, { scroll: false });
      else window.history.pushState(null, "", url);
    };
    const current = () => {
      const params = new URLSearchParams(window.location.search);
      return Object.fromEntries(names.map((key) => [key, params.get(key) ?? ""])) as Filters<K>;
    };
    return {
      value,
      set: (patch) => write({ ...current(), ...patch }),
      reset: (next = {}) => write(next),
    };
  }, [searchParams, pathname, keyList, router, isServerRendered]);
}
