"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { formatDay, parseDay } from "./parse-day";
import { TextField } from "./text-field";

type DateFieldProps = {
  label: string;
  /** yyyy-mm-dd, or empty. */
  value: string | undefined;
  onChange: (day: string) => void;
  className?: string;
};

/**
 * A day typed in the console's language (31.12.2026 in Turkish, 2026-12-31 in English) instead of the browser's date
 * picker, which shows the browser's own mm/dd/yyyy. It commits once the text is a real day, or empty.
 */
export function DateField({ label, value, onChange, className }: DateFieldProps) {
  const t = useTranslations("listView");
  const locale = useLocale();
  const [text, setText] = useState(value ? formatDay(value, locale) : "");
  const [seen, setSeen] = useState(value);
  const [isInvalid, setIsInvalid] = useState(false);
  if (seen !== value) {
    // Changed from outside (Back, "Clear filters"): show the new value.
    setSeen(value);
    setText(value ? formatDay(value, locale) : "");
    setIsInvalid(false);
  }

  const commit = (next: string, isFinal: boolean) => {
    if (next.trim() === "") {
      setIsInvalid(false);
      if (value) onChange("");
      return;
    }
    const day = parseDay(next, locale);
    if (day) {
      setIsInvalid(false);
      if (day !== value) onChange(day);
    } else if (isFinal) setIsInvalid(true);
  };

  return (
    <TextField
      className={className}
      label={label}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t("dateFormat")}
      hint={isInvalid ? undefined : t("dateHint", { format: t("dateFormat") })}
      error={isInvalid ? t("dateInvalid", { format: t("dateFormat") }) : undefined}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        commit(event.target.value, false);
      }}
      onBlur={(event) => commit(event.target.value, true)}
      onKeyDown={(event) => event.key === "Enter" && commit(event.currentTarget.value, true)}
    />
  );
}
