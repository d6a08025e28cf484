"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { Spinner } from "@/components/ui/spinner";

type InlineEditCellProps = {
  /** The input's accessible name ("Sale price"). */
  label: string;
  /** The edit button's accessible name ("Edit sale price of TS-1"). */
  editLabel: string;
  display: string;
  /** What the input starts with. */
  initial: string;
  canEdit: boolean;
  inputMode: "decimal" | "numeric";
  /** A message when the draft cannot be saved, null when it can. */
  validate: (draft: string) => string | null;
  onSave: (draft: string) => Promise<unknown>;
};

/** A value that turns into an input on click: Enter saves, Escape cancels, focus returns to the value afterwards. */
export function InlineEditCell({
  label,
  editLabel,
  display,
  initial,
  canEdit,
  inputMode,
  validate,
  onSave,
}: InlineEditCellProps) {
  const t = useTranslations("products.edit");
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  // Set when an edit ends, so the value's button takes focus back as soon as it is mounted again.
  const shouldRestoreFocus = useRef(false);
  const errorId = useId();

  function close() {
    setDraft(null);
    setError(null);
    shouldRestoreFocus.current = true;
  }

  function restoreFocus(button: HTMLButtonElement | null) {
    if (!button || !shouldRestoreFocus.current) return;
    shouldRestoreFocus.current = false;
    button.focus();
  }

  async function save(value: string) {
    if (value.trim() === initial) return close();
    const problem = validate(value);
    if (problem) return setError(problem);
    setIsSaving(true);
    try {
      await onSave(value.trim());
      close();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setIsSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      if (draft !== null && !isSaving) void save(draft);
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (!isSaving) close();
    }
  }

  if (draft === null) {
    if (!canEdit) return <span title={t("viewerOnly")}>{display}</span>;
    return (
      <button
        ref={restoreFocus}
        type="button"
        onClick={() => setDraft(initial)}
        aria-label={`${editLabel}: ${display}`}
        title={t("keys")}
        className="-mx-1 rounded px-1 text-right tabular-nums underline decoration-slate-300 decoration-dotted underline-offset-4 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        {display}
      </button>
    );
  }

  return (
    <span className="inline-flex flex-col items-end gap-1">
      <span className="inline-flex items-center gap-1">
        {isSaving && <Spinner className="size-3 text-indigo-600" />}
        <input
          autoFocus
          value={draft}
          inputMode={inputMode}
          disabled={isSaving}
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            setError(null);
          }}
          onFocus={(event) => event.target.select()}
          onKeyDown={onKeyDown}
          className="w-24 rounded border border-indigo-400 px-1.5 py-0.5 text-right text-sm tabular-nums focus:outline-none focus:ring-2 focus:ring-indigo-500/30 aria-invalid:border-red-500 disabled:bg-slate-100"
        />
      </span>
      {error && (
        <span id={errorId} role="alert" className="max-w-48 text-left text-xs font-medium text-red-600">
          {error}
        </span>
      )}
    </span>
  );
}
