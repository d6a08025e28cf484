import type { ReactNode } from "react";
import { Button } from "./button";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

type FilterBarProps = {
  label: string;
  clearLabel: string;
  /** The filters as set; "Clear" shows once any of them has a value. */
  value: Readonly<Record<string, string | undefined>>;
  onClear: () => void;
  /** The grid's columns, e.g. `sm:grid-cols-3 lg:grid-cols-6`. */
  className: string;
  children: ReactNode;
};

/** A list's filters: each field applies as it changes, so there is nothing to submit. */
export function FilterBar({ label, clearLabel, value, onClear, className, children }: FilterBarProps) {
  return (
    <form
      role="search"
      aria-label={label}
      onSubmit={(event) => event.preventDefault()}
      className={`mb-4 grid gap-3 ${className}`}
    >
      {children}
      {Object.values(value).some(Boolean) && (
        <div className="flex items-end">
          <Button variant="ghost" size="sm" onClick={onClear}>
            {clearLabel}
          </Button>
        </div>
      )}
    </form>
  );
}

type FilterSelectProps = {
  label: string;
  /** The first option, which sets no filter. */
  anyLabel: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
};

/** One filter picked from a list, or none. */
export function FilterSelect({ label, anyLabel, value, options, onChange }: FilterSelectProps) {
  return (
    <SelectField label={label} value={value ?? ""} onChange={(event) => onChange(event.target.value)}>
      <option value="">{anyLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}

type FilterSearchProps = {
  label: string;
  placeholder: string;
  value: string | undefined;
  onChange: (value: string) => void;
  className?: string;
};

/** The free-text filter; the list debounces it. */
export function FilterSearch({ label, placeholder, value, onChange, className }: FilterSearchProps) {
  return (
    <TextField
      className={className}
      type="search"
      label={label}
      placeholder={placeholder}
      value={value ?? ""}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
