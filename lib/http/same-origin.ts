import type { Actor } from "@/lib/auth/actor";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { publicOrigin } from "./public-origin";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);
export const JSON_BODY = ["application/json"] as const;

const originOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

/** The origins the console is served from: the configured public URLs and the one this request addressed. */
function consoleOrigins(req: Request): Set<string> {
  const env = getEnv();
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  const proto = req.headers.get("x-forwarded-proto") ?? new URL(req.url).protocol.replace(/:$/, "");
  return new Set(
    [
      publicOrigin(req.headers),
      originOf(env.NEXTAUTH_URL),
      originOf(env.KOPRU_PUBLIC_URL),
      host && `${proto}://${host}`,
    ]
      .filter((origin): origin is string => Boolean(origin))
      .map((origin) => origin.toLowerCase()),
  );
}

function isSameOrigin(req: Request): boolean {
  if (req.headers.get("sec-fetch-site") === "same-origin") return true;
  const origin = req.headers.get("origin")?.toLowerCase();
  return Boolean(origin && origin !== "null" && consoleOrigins(req).has(origin));
}

function hasBody(req: Request): boolean {
  const length = req.headers.get("content-length");
  if (length !== null) return Number(length) > 0;
  return req.headers.has("transfer-encoding") || req.body !== null;
}

/**
 * A session cookie rides along on any request the browser makes, including one a foreign page triggers; so a write
 * authenticated by cookie must come from the console itself (Origin, or Sec-Fetch-Site: same-origin) and carry a
 * content type a cross-site form cannot send. Bearer tokens are not sent by browsers on their own and are exempt.
 */
export function assertSameOriginWrite(req: Request, actor: Actor, bodyTypes: readonly string[] = JSON_BODY): void {
  if (actor.via !== "session" || READS.has(req.method.toUpperCase())) return;
  if (!isSameOrigin(req))
    throw new AppError("forbidden", "Changes must come from the console itself (cross-origin request refused)", {
      messageKey: "security.cross_origin",
    });
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (hasBody(req) && !bodyTypes.includes(type))
    throw new AppError("unsupported_media_type", `Send the request body as ${bodyTypes.join(" or ")}`, {
      messageKey: "security.content_type",
      params: { types: bodyTypes.join(", ") },
    });
}
