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

type ErrorBody = { error?: string; message?: string; missing?: string[]; unknown?: string[] };

/** A header problem comes back with the columns named, so the console can say it in the merchant's language. */
class HeaderError extends Error {
  constructor(
    readonly missing: string[],
    readonly unknown: string[],
  ) {
    super("bad header");
  }
}

async function toError(response: Response): Promise<Error> {
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  if (response.status === 400 && body.missing && body.unknown) return new HeaderError(body.missing, body.unknown);
  return new ApiError(response.status, body.error ?? "internal", body.message ?? response.statusText);
}

/** Uploads a CSV to the import endpoint and follows its progress stream to the result. */
export function useCsvImport() {
  const t = useTranslations("products.import");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ImportState>({ phase: "idle" });

  function describe(error: unknown): string {
    if (error instanceof HeaderError)
      return t("badHeader", { missing: error.missing.join(", ") || "—", unknown: error.unknown.join(", ") || "—" });
    if (error instanceof ApiError && error.status === 413) return t("tooLarge");
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
      if (!response.ok) throw await toError(response);
      const result = await readImportStream(response, (processed, total) =>
        setState({ phase: "importing", processed, total }),
      );
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
