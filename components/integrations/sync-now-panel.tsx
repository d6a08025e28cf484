"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { LiveSyncRun } from "@/components/sync/live-sync-run";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { integrationQuery } from "./integration-queries";
import { PanelCard } from "./panel-card";
import { ProductsOutPreflight } from "./products-out-preflight";
import { useStartSync, type StartedSync } from "./use-start-sync";

/** "Sync now": pick a kind, start a run, and watch it live (or the run of that kind already under way). */
export function SyncNowPanel({ id, canEdit }: { id: string; canEdit: boolean }) {
  const t = useTranslations("syncUi.syncNow");
  const tKinds = useTranslations("syncKinds");
  const { data: integration } = useSuspenseQuery(integrationQuery(id));
  const kinds = integration.available_sync_kinds;
  const [kind, setKind] = useState(kinds[0] ?? "");
  const [started, setStarted] = useState<StartedSync | null>(null);
  const start = useStartSync(id, setStarted);
  if (kinds.length === 0) return null;

  const disabledReason = !canEdit ? t("viewerOnly") : !integration.is_active ? t("inactive") : undefined;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (kind) start.mutate(kind);
  }

  return (
    <PanelCard title={t("title")} description={t("description")} testId="sync-now">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <SelectField
          label={t("kind")}
          value={kind}
          onChange={(event) => setKind(event.target.value)}
          className="min-w-56"
        >
          {kinds.map((option) => (
            <option key={option} value={option}>
              {tKinds.has(option) ? tKinds(option) : option}
            </option>
          ))}
        </SelectField>
        <Button type="submit" isPending={start.isPending} disabled={Boolean(disabledReason)} title={disabledReason}>
          {t("button")}
        </Button>
      </form>
      {kind === "products_out" && integration.is_active && <ProductsOutPreflight id={id} />}
      {disabledReason && canEdit && <p className="mt-2 text-sm text-amber-800">{disabledReason}</p>}
      {started && started.alreadyRunning !== null && (
        <p role="status" className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("followingExisting", { id: started.runId })} {started.alreadyRunning}
        </p>
      )}
      {started && <LiveSyncRun key={started.runId} runId={started.runId} integrationId={id} />}
    </PanelCard>
  );
}
