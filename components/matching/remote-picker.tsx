"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { INPUT_CLASS } from "@/components/ui/input-class";
import { useDebouncedValue } from "@/components/products/use-debounced-value";

type Option = { id: string; label: string };

/** A search box over the cached marketplace list (categories or brands); choosing a result sets the value. */
export function RemotePicker({
  label,
  selectedLabel,
  placeholder,
  disabled,
  queryKey,
  search,
  onChoose,
  testId,
}: {
  label: string;
  selectedLabel: string | null;
  placeholder: string;
  disabled?: boolean;
  /** Query key prefix and fetcher of the options matching a search text. */
  queryKey: readonly unknown[];
  search: (q: string) => Promise<Option[]>;
  onChoose: (option: Option) => void;
  testId: string;
}) {
  const inputId = useId();
  const [text, setText] = useState("");
  const q = useDebouncedValue(text);
  const results = useQuery({ queryKey: [...queryKey, q], queryFn: () => search(q), enabled: q.trim().length >= 2 });
  return (
    <div data-testid={testId}>
      <label htmlFor={inputId} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      {selectedLabel && (
        <p className="mb-1 text-sm text-slate-900" data-testid={`${testId}-selected`}>
          {selectedLabel}
        </p>
      )}
      <input
        id={inputId}
        type="search"
        value={text}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(event) => setText(event.target.value)}
        className={INPUT_CLASS}
      />
      {text.trim().length >= 2 && (results.data?.length ?? 0) > 0 && (
        <ul className="mt-1 max-h-48 overflow-auto rounded-md border border-slate-200 bg-white text-sm shadow-sm">
          {results.data!.map((option) => (
            <li key={option.id}>
              <button
                type="button"
                className="w-full px-3 py-1.5 text-left hover:bg-indigo-50 focus-visible:bg-indigo-50"
                onClick={() => {
                  onChoose(option);
                  setText("");
                }}
              >
                {option.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
