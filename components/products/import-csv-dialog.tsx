"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { INPUT_CLASS } from "@/components/ui/input-class";
import { ImportProgress } from "./import-progress";
import { ImportResultSummary } from "./import-result-summary";
import { useCsvImport } from "./use-csv-import";

/** "Import CSV": pick a file, watch the rows go in, then read what was added, updated and refused (by line). */
export function ImportCsvDialog({ canEdit }: { canEdit: boolean }) {
  const t = useTranslations("products.import");
  const tEdit = useTranslations("products.edit");
  const [isOpen, setIsOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const { state, start, reset } = useCsvImport();
  const inputId = useId();
  const isBusy = state.phase === "uploading" || state.phase === "importing";

  function close() {
    setIsOpen(false);
    // Closing during an import only hides it: the stream is still read here, reopening shows it, a toast tells the end.
    if (isBusy) return;
    setFile(null);
    reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file) void start(file);
  }

  return (
    <>
      <Button onClick={() => setIsOpen(true)} disabled={!canEdit} title={canEdit ? undefined : tEdit("viewerOnly")}>
        {t("button")}
      </Button>
      <Dialog isOpen={isOpen} onClose={close} title={t("title")} description={t("description")}>
        {state.phase === "idle" || state.phase === "failed" ? (
          <form onSubmit={submit} className="space-y-4">
            <div>
              <label htmlFor={inputId} className="mb-1 block text-sm font-medium text-slate-700">
                {t("file")}
              </label>
              <input
                id={inputId}
                type="file"
                accept=".csv,text/csv"
                required
                className={INPUT_CLASS}
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
              <p className="mt-1 text-xs text-slate-500">{t("fileHint")}</p>
            </div>
            {state.phase === "failed" && (
              <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
                <span className="font-semibold">{t("failed")}: </span>
                {state.message}
              </p>
            )}
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={close}>
                {t("close")}
              </Button>
              <Button type="submit" disabled={!file}>
                {t("start")}
              </Button>
            </div>
          </form>
        ) : state.phase === "done" ? (
          <div className="space-y-4">
            <ImportResultSummary result={state.result} />
            <div className="flex justify-end gap-2">
              <Button
                variant="secondary"
                onClick={() => {
                  setFile(null);
                  reset();
                }}
              >
                {t("another")}
              </Button>
              <Button onClick={close} autoFocus>
                {t("close")}
              </Button>
            </div>
          </div>
        ) : (
          <ImportProgress
            {...(state.phase === "importing" ? { processed: state.processed, total: state.total } : {})}
          />
        )}
      </Dialog>
    </>
  );
}
