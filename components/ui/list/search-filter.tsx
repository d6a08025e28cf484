"use client";

import { useRef, useState } from "react";
import { TextField } from "../text-field";

const DEBOUNCE_MS = 300;

type SearchFilterProps = {
  type: "search" | "text";
  label: string;
  placeholder?: string;
  /** The committed value (from the URL). */
  value: string | undefined;
  onCommit: (text: string) => void;
};

/** Free text that commits once typing pauses, so the list (and the URL) does not change per keystroke. */
export function SearchFilter({ type, label, placeholder, value, onCommit }: SearchFilterProps) {
  const [text, setText] = useState(value ?? "");
  const [seen, setSeen] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  if (seen !== value) {
    // Changed from outside (Back, "Clear filters"): show the new value unless it is what was just typed.
    setSeen(value);
    if ((value ?? "") !== text.trim()) setText(value ?? "");
  }
  return (
    <TextField
      type={type}
      label={label}
      placeholder={placeholder}
      autoComplete="off"
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => onCommit(next.trim()), DEBOUNCE_MS);
      }}
      onKeyDown={(event) => {
        if (event.key !== "Enter") return;
        clearTimeout(timer.current);
        onCommit(event.currentTarget.value.trim());
      }}
    />
  );
}
