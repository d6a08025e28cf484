import { getEnv } from "@/lib/env";

/** The console's public origin: KOPRU_PUBLIC_URL when set, otherwise what the request's (forwarded) host says. */
export function publicOrigin(headers: Headers): string {
  const configured = getEnv().KOPRU_PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost";
  return `${headers.get("x-forwarded-proto") ?? "http"}://${host}`;
}
