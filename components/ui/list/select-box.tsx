"use client";

import { useTranslations } from "next-intl";
import type { ListSelection } from "./list-types";

const BOX_CLASS =
  "size-4 rounded border-slate-300 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600";

type RowBoxProps<T> = { row: T; rowKey: (row: T) => string; selection: ListSelection<T> };

export function SelectRowBox<T>({ row, rowKey, selection }: RowBoxProps<T>) {
  if (selection.isSelectable && !selection.isSelectable(row)) return null;
  const key = rowKey(row);
  return (
    <input
      type="checkbox"
      className={BOX_CLASS}
      aria-label={selection.rowLabel(row)}
      checked={selection.selected.has(key)}
      onChange={(event) => {
        const next = new Set(selection.selected);
        if (event.target.checked) next.add(key);
        else next.delete(key);
        selection.onChange(next);
      }}
    />
  );
}

type AllBoxProps<T> = { rows: T[]; rowKey: (row: T) => string; selection: ListSelection<T> };

/** Selects or clears every selectable row on screen; indeterminate when some are picked. */
export function SelectAllBox<T>({ rows, rowKey, selection }: AllBoxProps<T>) {
  const t = useTranslations("listView");
  const keys = rows.filter((row) => selection.isSelectable?.(row) ?? true).map(rowKey);
  const picked = keys.filter((key) => selection.selected.has(key)).length;
  return (
    <input
      type="checkbox"
      className={BOX_CLASS}
      aria-label={t("selectAll")}
      disabled={keys.length === 0}
      checked={keys.length > 0 && picked === keys.length}
      ref={(element) => {
        if (element) element.indeterminate = picked > 0 && picked < keys.length;
      }}
      onChange={(event) => selection.onChange(event.target.checked ? new Set(keys) : new Set())}
    />
  );
}
