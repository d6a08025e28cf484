import { AppError } from "@/lib/errors";

const defaultTooLarge = (limit: number) =>
  new AppError("payload_too_large", `The request body is larger than ${limit} bytes`, {
    messageKey: "security.body_too_large",
    params: { kilobytes: Math.floor(limit / 1024) },
  });

/** Reads the body but never more than `limit` bytes, whatever Content-Length claimed (or whether it was sent at all). */
export async function readLimitedBytes(
  req: Request,
  limit: number,
  tooLarge: () => AppError = () => defaultTooLarge(limit),
): Promise<Buffer<ArrayBuffer>> {
  if (Number(req.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}
