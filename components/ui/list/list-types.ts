import type { ReactNode } from "react";

/** One column of a list: its header, how a row fills it, and whether a phone card shows it. */
export type ListColumn<T> = {
  id: string;
  header: ReactNode;
  /** `layout` lets a card's title carry more than the table cell (a product's name under its SKU). */
  cell: (row: T, layout: "table" | "card") => ReactNode;
  align?: "left" | "right";
  /** Extra classes for the table cell (width, wrapping, font). */
  className?: string;
  /** On a phone card: `title` heads the card (usually the link), `key` is a labelled line, absent is table only. */
  card?: "title" | "key";
};

/** What a row carries besides its cells: test ids and data attributes the e2e suite reads, and a dimmed look. */
export type ListRowProps = { className?: string } & { [attribute: `data-${string}`]: string | undefined };

/** Rows picked for a bulk action, by key; `isSelectable` leaves some rows without a checkbox. */
export type ListSelection<T> = {
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  isSelectable?: (row: T) => boolean;
  /** The accessible name of a row's checkbox, e.g. "Select event #12". */
  rowLabel: (row: T) => string;
};

/** The loading state of a list, from react-query's infinite query or from rows the server already has. */
export type ListSource<T> = {
  items: T[];
  isPending: boolean;
  error: unknown;
  /** Showing the previous filter's rows while the new ones load. */
  isStale: boolean;
  isFetching: boolean;
  hasMore: boolean;
  isLoadingMore: boolean;
  loadMore: () => void;
  retry: () => void;
};
