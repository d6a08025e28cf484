"use client";

import { useTranslations } from "next-intl";
import type { CredentialField } from "@/lib/providers/types";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

type CredentialFieldInputProps = {
  field: CredentialField;
  /** Non-secret fields: the stored value. */
  value: string | undefined;
  /** Secret fields: the masked stored value (`••••1234`), or null when none is stored. */
  maskedSecret: string | null | undefined;
  error?: string;
  /** Choice fields: reports the chosen value, so fields that depend on it can show or hide. */
  onChoose?: (value: string) => void;
  /** Plain fields: reports each edit (the form watches the addresses secrets are sent to). */
  onValueChange?: (value: string) => void;
  /** Secret fields: the address changed, so a stored secret must be typed again to be kept. */
  mustReenter?: boolean;
};

/** One provider credential: secrets are never filled in; an empty secret input keeps the stored value. */
export function CredentialFieldInput({
  field,
  value,
  maskedSecret,
  error,
  onChoose,
  onValueChange,
  mustReenter = false,
}: CredentialFieldInputProps) {
  const t = useTranslations("integrations.form");
  const tFields = useTranslations("fields");
  const label = tFields.has(field.name) ? tFields(field.name) : field.name;
  const requiredMark =
    field.isRequired || (mustReenter && maskedSecret) ? (
      <span className="text-red-600" aria-hidden="true">
        {" "}
        *
      </span>
    ) : null;

  if (field.options) {
    const optionLabel = (option: string) =>
      tFields.has(`${field.name}Options.${option}`) ? tFields(`${field.name}Options.${option}`) : option;
    return (
      <SelectField
        label={
          <>
            {label}
            {requiredMark}
          </>
        }
        name={field.name}
        defaultValue={value ?? (field.allowsNone ? "" : field.options[0])}
        required={field.isRequired}
        data-testid={`field-${field.name}`}
        error={error}
        onChange={(event) => onChoose?.(event.target.value)}
      >
        {field.allowsNone && <option value="">{t("notChosen")}</option>}
        {field.options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </SelectField>
    );
  }
  if (field.isSecret) {
    return (
      <TextField
        label={
          <>
            {label}
            {requiredMark}
          </>
        }
        name={field.name}
        type="password"
        autoComplete="new-password"
        defaultValue=""
        placeholder={maskedSecret ?? ""}
        required={(field.isRequired && !maskedSecret) || (mustReenter && Boolean(maskedSecret))}
        data-testid={`field-${field.name}`}
        hint={
          maskedSecret
            ? t(mustReenter ? "secretReenter" : "secretStored", { masked: maskedSecret })
            : t("secretNotStored")
        }
        error={error}
      />
    );
  }
  return (
    <TextField
      label={
        <>
          {label}
          {requiredMark}
        </>
      }
      name={field.name}
      type={field.inputType ?? "text"}
      defaultValue={value ?? ""}
      required={field.isRequired}
      spellCheck={false}
      onChange={onValueChange ? (event) => onValueChange(event.target.value) : undefined}
      data-testid={`field-${field.name}`}
      error={error}
    />
  );
}
