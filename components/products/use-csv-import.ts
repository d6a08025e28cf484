"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ApiError } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import type { ImportResult } from "@/lib/catalog/import-products";
import { readImportStream } from "./read-import-stream";

const MAX_CSV_BYTES = 20 * 1024 * 1024;

export type ImportState =
  | { phase: "idle" }
  | { phase: "uploading" }
  | { phase: "importing"; processed: number; total: number }
  | { phase: "done"; result: ImportResult }
  | { phase: "failed"; message: string };

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
  return new ApiError(response.status, body.error ?? "internal", body.message ?? response.statusText);
}

/** Uploads a CSV to the import endpoint and follows its progress stream to the result. */
export function useCsvImport() {
  const t = useTranslations("products.import");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ImportState>({ phase: "idle" });

  function describe(error: unknown): string {
    if (error instanceof ApiError && error.status === 413) return t("tooLarge");
    // A 400 names the bad header columns, which the merchant needs to see verbatim.
    if (error instanceof ApiError && error.status === 400) return error.message;
    if (error instanceof ApiError || error instanceof TypeError) return toErrorMessage(error);
    return error instanceof Error ? error.message : t("failed");
  }

  async function start(file: File) {
    if (file.size > MAX_CSV_BYTES) return setState({ phase: "failed", message: t("tooLarge") });
    setState({ phase: "uploading" });
    try {
      const form = new FormData();
      form.set("file", file);
      const response = await fetch("/api/products/import", { method: "POST", body: form, credentials: "same-origin" });
      if (!response.ok) throw await toApiError(response);
      const result = await readImportStream(response, (processed, total) => setState({ phase: "importing", processed, total }));
      setState({ phase: "done", result });
      toast.success(t("doneToast", { inserted: result.inserted, updated: result.updated, failed: result.failed }));
    } catch (error) {
      setState({ phase: "failed", message: describe(error) });
    } finally {
      // Some batches may have gone in even when the import failed later, so refresh in every case.
      void queryClient.invalidateQueries({ queryKey: ["products"] });
    }
  }

  return { state, start, reset: () => setState({ phase: "idle" }) };
}
