"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import { MAX_SYNC_MINUTES } from "@/lib/providers/types";

type SyncFrequencyFieldsProps = {
  kinds: readonly string[];
  minutes: Record<string, number>;
  errors: Record<string, string>;
};

export function SyncFrequencyFields({ kinds, minutes, errors }: SyncFrequencyFieldsProps) {
  const t = useTranslations("integrations.form");
  const tKinds = useTranslations("syncKinds");
  if (kinds.length === 0) return <p className="text-sm text-slate-600">{t("noSyncKinds")}</p>;
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      {kinds.map((kind) => (
        <TextField
          key={kind}
          label={tKinds.has(kind) ? tKinds(kind) : kind}
          name={`sync_minutes.${kind}`}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_SYNC_MINUTES}
          step={1}
          required
          defaultValue={minutes[kind] ?? ""}
          hint={t("minutesHint")}
          error={errors[`sync_minutes.${kind}`] ?? errors.sync_minutes}
        />
      ))}
    </div>
  );
}
