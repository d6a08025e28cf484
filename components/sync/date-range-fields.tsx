"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";

type DateRangeFieldsProps = {
  from: string | undefined;
  to: string | undefined;
  onChange: (range: { from?: string; to?: string }) => void;
};

/** Two local-day inputs; the list queries turn them into the start of `from` and the end of `to`. */
export function DateRangeFields({ from, to, onChange }: DateRangeFieldsProps) {
  const t = useTranslations("syncUi.filters");
  return (
    <>
      <TextField
        label={t("from")}
        type="date"
        value={from ?? ""}
        max={to || undefined}
        onChange={(event) => onChange({ from: event.target.value, to })}
      />
      <TextField
        label={t("to")}
        type="date"
        value={to ?? ""}
        min={from || undefined}
        onChange={(event) => onChange({ from, to: event.target.value })}
      />
    </>
  );
}
