import type { ImportResult } from "@/lib/catalog/import-products";
import type { ImportStreamLine } from "@/lib/catalog/stream-product-import";

/**
 * Reads the import endpoint's NDJSON answer as it arrives: each progress line goes to `onProgress`, the `done` line is
 * the result. An `error` line, or a stream that ends without `done`, throws.
 */
export async function readImportStream(
  response: Response,
  onProgress: (processed: number, total: number) => void,
): Promise<ImportResult> {
  if (!response.body) throw new Error("The import answered without a body");
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    buffered += chunk.value;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const text of lines) {
      if (!text.trim()) continue;
      const line = JSON.parse(text) as ImportStreamLine;
      if (line.type === "progress") onProgress(line.processed, line.total);
      else if (line.type === "error") throw new Error(line.message);
      else return line;
    }
  }
  throw new Error("The import stopped before it reported a result");
}
