"use client";

import { useSyncExternalStore } from "react";

/** Tailwind's `sm` breakpoint: below it lists show stacked cards instead of a table. */
const WIDE_QUERY = "(min-width: 640px)";

const subscribe = (onChange: () => void) => {
  const media = window.matchMedia(WIDE_QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
};

/**
 * Whether the viewport is at least 640 px wide. The server renders the wide layout; a phone switches to cards on
 * hydration. One layout is rendered at a time, so a row's test id and link exist once.
 */
export function useIsWide(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(WIDE_QUERY).matches,
    () => true,
  );
}
