"use client";

import { useTranslations } from "next-intl";
import type { ListColumn, ListRowProps, ListSelection } from "./list-types";
import { SelectAllBox, SelectRowBox } from "./select-box";

type ListCardsProps<T> = {
  caption: string;
  columns: ListColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  rowProps?: (row: T) => ListRowProps;
  selection?: ListSelection<T>;
};

/** The list on a phone: one card per row with its title and key columns (status, amount, stock) stacked. */
export function ListCards<T>({ caption, columns, rows, rowKey, rowProps, selection }: ListCardsProps<T>) {
  const t = useTranslations("listView");
  const title = columns.find((column) => column.card === "title");
  const fields = columns.filter((column) => column.card === "key");
  return (
    <div>
      {selection && (
        <label className="mb-2 flex items-center gap-2 text-sm text-slate-700">
          <SelectAllBox rows={rows} rowKey={rowKey} selection={selection} />
          <span aria-hidden="true">{t("selectAll")}</span>
        </label>
      )}
      <ul aria-label={caption} className="space-y-2">
        {rows.map((row) => {
          const { className = "", ...data } = rowProps?.(row) ?? {};
          return (
            <li
              key={rowKey(row)}
              className={`rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm ${className}`}
              {...data}
            >
              <div className="flex items-start gap-3">
                {selection && (
                  <div className="pt-0.5">
                    <SelectRowBox row={row} rowKey={rowKey} selection={selection} />
                  </div>
                )}
                <div className="min-w-0 flex-1">
                  {title && <div className="mb-2 min-w-0 break-words font-medium">{title.cell(row, "card")}</div>}
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                    {fields.map((column) => (
                      <div key={column.id} className="contents">
                        <dt className="text-xs text-slate-500">{column.header}</dt>
                        <dd className="min-w-0 break-words text-right text-slate-800">{column.cell(row, "card")}</dd>
                      </div>
                    ))}
                  </dl>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
