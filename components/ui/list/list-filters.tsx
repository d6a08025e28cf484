"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "../button";
import { DateField } from "../date-field";
import { SelectField } from "../select-field";
import { SearchFilter } from "./search-filter";
import type { Filters } from "./use-url-filters";

export type FilterField<K extends string> =
  | { kind: "search" | "text"; key: K; label: string; placeholder?: string }
  | {
      kind: "select";
      key: K;
      label: string;
      options: readonly { value: string; label: string }[];
      /** The first option, which sets no filter; "Any" unless given. */
      anyLabel?: string;
      /** Filters that only mean something with this one's value (a type belongs to a provider): cleared with it. */
      clears?: K[];
    }
  | { kind: "dateRange"; from: K; to: K };

type ListFiltersProps<K extends string> = {
  label: string;
  fields: (FilterField<K> | false | undefined)[];
  value: Filters<K>;
  onChange: (patch: Filters<K>) => void;
  onClear: () => void;
};

const fieldKeys = <K extends string>(field: FilterField<K>): K[] =>
  field.kind === "dateRange" ? [field.from, field.to] : [field.key];

/**
 * The one filter bar of every list: each field applies as it changes (text after a pause), so there is nothing to
 * submit. The search box stays in view on a phone; the other fields fold behind a "Filters" button.
 */
export function ListFilters<K extends string>({ label, fields, value, onChange, onClear }: ListFiltersProps<K>) {
  const t = useTranslations("listView");
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const shown = fields.filter((field): field is FilterField<K> => Boolean(field));
  const search = shown.find((field) => field.kind === "search");
  const rest = shown.filter((field) => field !== search);
  const activeInPanel = rest.flatMap(fieldKeys).filter((key) => value[key]).length;
  const hasAny = Object.values(value).some(Boolean);

  function render(field: FilterField<K>) {
    if (field.kind === "dateRange") {
      return (
        <div key={`${field.from}-${field.to}`} className="contents">
          <DateField
            label={t("from")}
            value={value[field.from]}
            onChange={(day) => onChange({ [field.from]: day } as Filters<K>)}
          />
          <DateField
            label={t("to")}
            value={value[field.to]}
            onChange={(day) => onChange({ [field.to]: day } as Filters<K>)}
          />
        </div>
      );
    }
    if (field.kind === "select") {
      return (
        <SelectField
          key={field.key}
          label={field.label}
          value={value[field.key] ?? ""}
          onChange={(event) =>
            onChange({
              ...Object.fromEntries((field.clears ?? []).map((key) => [key, ""])),
              [field.key]: event.target.value,
            } as Filters<K>)
          }
        >
          <option value="">{field.anyLabel ?? t("any")}</option>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      );
    }
    return (
      <SearchFilter
        key={field.key}
        type={field.kind}
        label={field.label}
        placeholder={field.placeholder}
        value={value[field.key]}
        onCommit={(text) => onChange({ [field.key]: text } as Filters<K>)}
      />
    );
  }

  return (
    <form
      role="search"
      aria-label={label}
      onSubmit={(event) => event.preventDefault()}
      className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
    >
      {search && (
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
          <div className="min-w-0 flex-1">{render(search)}</div>
          {rest.length > 0 && (
            <Button
              variant="secondary"
              className="sm:hidden"
              aria-expanded={isOpen}
              aria-controls={panelId}
              onClick={() => setIsOpen(!isOpen)}
            >
              {activeInPanel > 0 ? t("filtersCount", { count: activeInPanel }) : t("filters")}
            </Button>
          )}
        </div>
      )}
      {!search && rest.length > 0 && (
        <Button
          variant="secondary"
          className="justify-self-start sm:hidden"
          aria-expanded={isOpen}
          aria-controls={panelId}
          onClick={() => setIsOpen(!isOpen)}
        >
          {activeInPanel > 0 ? t("filtersCount", { count: activeInPanel }) : t("filters")}
        </Button>
      )}
      <div id={panelId} className={rest.length === 0 ? "contents" : `${isOpen ? "grid gap-3" : "hidden"} sm:contents`}>
        {rest.map(render)}
        {hasAny && (
          <div className="flex items-end">
            <Button variant="ghost" size="sm" onClick={onClear}>
              {t("clearFilters")}
            </Button>
          </div>
        )}
      </div>
    </form>
  );
}
