import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { importProducts, type ImportResult } from "./import-products";
import { parseProductCsv } from "./parse-product-csv";

/** One line of the import response (`application/x-ndjson`): progress lines, then exactly one `done` or `error`. */
export type ImportStreamLine =
  | { type: "progress"; processed: number; total: number }
  | ({ type: "done" } & ImportResult)
  | { type: "error"; message: string };

/**
 * Parses the CSV at once (a bad header throws, so the caller answers 400 before any streaming) and answers a stream
 * that reports progress per batch while the rows are written. A client that goes away does not stop the import: each
 * batch commits on its own and the outcome is in the audit log.
 */
export function streamProductImport(options: { db: Db; actor: Actor; csv: string }): Response {
  const { db, actor } = options;
  const parsed = parseProductCsv(options.csv);
  const encoder = new TextEncoder();
  let isOpen = true;

  async function run(controller: ReadableStreamDefaultController<Uint8Array>) {
    const send = (line: ImportStreamLine) => {
      if (isOpen) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
    };
    try {
      const result = await importProducts({
        db,
        actor,
        parsed,
        onProgress: (processed, total) => send({ type: "progress", processed, total }),
      });
      send({ type: "done", ...result });
    } catch (error) {
      console.error("[köprü] product import failed", error);
      send({ type: "error", message: "The import stopped unexpectedly; rows of batches already reported were saved" });
    }
    if (isOpen) controller.close();
  }

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      void run(controller);
    },
    cancel() {
      isOpen = false;
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Accel-Buffering": "no",
    },
  });
}
