"use client";

import type { ListColumn, ListRowProps, ListSelection } from "./list-types";
import { SelectAllBox, SelectRowBox } from "./select-box";

type ListTableProps<T> = {
  caption: string;
  columns: ListColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  rowProps?: (row: T) => ListRowProps;
  selection?: ListSelection<T>;
};

const alignClass = (align: ListColumn<unknown>["align"]) => (align === "right" ? "text-right" : "text-left");

/** The list as a table (640 px and wider). */
export function ListTable<T>({ caption, columns, rows, rowKey, rowProps, selection }: ListTableProps<T>) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="w-10 bg-slate-50 px-4 py-2.5">
                <SelectAllBox rows={rows} rowKey={rowKey} selection={selection} />
              </th>
            )}
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={`whitespace-nowrap bg-slate-50 px-4 py-2.5 text-xs font-semibold uppercase tracking-wide text-slate-500 ${alignClass(column.align)}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const { className = "", ...data } = rowProps?.(row) ?? {};
            return (
              <tr key={rowKey(row)} className={`hover:bg-slate-50 ${className}`} {...data}>
                {selection && (
                  <td className="w-10 px-4 py-3 align-middle">
                    <SelectRowBox row={row} rowKey={rowKey} selection={selection} />
                  </td>
                )}
                {columns.map((column) => (
                  <td
                    key={column.id}
                    className={`px-4 py-3 align-middle text-slate-700 ${alignClass(column.align)} ${column.align === "right" ? "tabular-nums" : ""} ${column.className ?? ""}`}
                  >
                    {column.cell(row, "table")}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
