/** Reads a request body as text, giving up (null) as soon as it passes `maxBytes`, so a huge body is never buffered. */
export async function readLimitedBody(req: Request, maxBytes: number): Promise<string | null> {
  const lengthHeader = req.headers.get("content-length");
  const declared = Number(lengthHeader ?? "0");
  if (declared > maxBytes) return null;
  if (!req.body) return "";
  // With a declared length within the limit the runtime enforces it, so read in one go (the common, fast path).
  if (lengthHeader !== null && Number.isInteger(declared)) return req.text();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
