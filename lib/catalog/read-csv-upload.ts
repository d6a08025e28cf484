import { AppError } from "@/lib/errors";
import { readLimitedBytes } from "@/lib/http/read-limited";

export const MAX_CSV_BYTES = 20 * 1024 * 1024;

const tooLarge = () =>
  new AppError("payload_too_large", `The file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB`, {
    messageKey: "errors.csv_too_large",
    params: { mb: MAX_CSV_BYTES / 1024 / 1024 },
  });

/** UTF-8 (with or without BOM) is expected; a Turkish-locale Excel saves Windows-1254, which is the fallback. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1254").decode(bytes);
  }
}

/**
 * The uploaded CSV's text: a multipart form's `file` field, or the raw body (text/csv). Over 20 MB is a 413. The
 * multipart envelope gets a little headroom so a file of exactly the limit still fits.
 */
export async function readCsvUpload(req: Request): Promise<string> {
  const contentType = req.headers.get("content-type") ?? "";
  const isMultipart = contentType.startsWith("multipart/form-data");
  const bytes = await readLimitedBytes(req, isMultipart ? MAX_CSV_BYTES + 64 * 1024 : MAX_CSV_BYTES, tooLarge);
  if (!isMultipart) return decodeCsvBytes(bytes);
  const form = await new Response(bytes, { headers: { "content-type": contentType } }).formData().catch(() => {
    throw new AppError("invalid_input", "The upload is not a valid multipart form", {
      messageKey: "errors.csv_not_multipart",
    });
  });
  const file = form.get("file");
  if (!(file instanceof Blob))
    throw new AppError("invalid_input", 'Send the CSV as the form field "file"', { messageKey: "errors.csv_no_file" });
  if (file.size > MAX_CSV_BYTES) throw tooLarge();
  return decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
}
