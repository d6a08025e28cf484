"use client";

import { useId, type ReactNode, type SelectHTMLAttributes } from "react";
import { SELECT_CLASS } from "./input-class";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & { label: ReactNode; error?: string };

export function SelectField({ label, error, id, className = "", children, ...rest }: SelectFieldProps) {
  const autoId = useId();
  const selectId = id ?? autoId;
  return (
    <div className={className}>
      <label htmlFor={selectId} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={selectId} aria-invalid={error ? true : undefined} className={SELECT_CLASS} {...rest}>
        {children}
      </select>
      {error && (
        <p role="alert" className="mt-1 text-xs font-medium text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
