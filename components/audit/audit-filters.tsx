"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { AuditFilter } from "./audit-queries";

const KNOWN_ACTIONS = [
  "auth.login",
  "setup.admin_created",
  "user.invited",
  "user.updated",
  "api_token.created",
  "api_token.revoked",
  "integration.created",
  "integration.updated",
] as const;

/** Date inputs give a local day; the API takes instants, so "to" means the end of that day. */
function dayBoundary(day: string, edge: "start" | "end"): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T${edge === "start" ? "00:00:00.000" : "23:59:59.999"}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function AuditFilters({ onApply }: { onApply: (filter: AuditFilter) => void }) {
  const t = useTranslations("audit.filters");
  const tActions = useTranslations("audit.actions");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    onApply({
      action: text("action"),
      actor: text("actor"),
      from: dayBoundary(String(form.get("from") ?? ""), "start"),
      to: dayBoundary(String(form.get("to") ?? ""), "end"),
    });
  }

  return (
    <form
      onSubmit={submit}
      onReset={() => onApply({})}
      aria-label={t("label")}
      className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto_auto_auto]"
    >
      <TextField
        label={t("action")}
        name="action"
        list="audit-actions"
        placeholder={t("actionPlaceholder")}
        autoComplete="off"
      />
      <datalist id="audit-actions">
        {KNOWN_ACTIONS.map((action) => (
          <option key={action} value={action}>
            {tActions(action.replace(".", "_"))}
          </option>
        ))}
      </datalist>
      <TextField label={t("actor")} name="actor" placeholder={t("actorPlaceholder")} autoComplete="off" />
      <TextField label={t("from")} name="from" type="date" />
      <TextField label={t("to")} name="to" type="date" />
      <div className="flex items-end gap-2">
        <Button type="submit">{t("apply")}</Button>
        <Button type="reset" variant="secondary">
          {t("reset")}
        </Button>
      </div>
    </form>
  );
}
