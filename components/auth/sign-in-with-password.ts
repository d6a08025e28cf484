import { getCsrfToken } from "next-auth/react";

export type SignInResult =
  | { ok: true }
  | { ok: false; reason: "invalid" | "unknown" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number | null };

type CallbackBody = { url?: string; retryAfterSeconds?: number };

/**
 * The same request as next-auth's `signIn("credentials", { redirect: false })`, made by hand: `signIn()` drops the body
 * of a throttled (429) answer, and the login form needs its `retryAfterSeconds` to say when to try again.
 */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  callbackUrl: string;
}): Promise<SignInResult> {
  const csrfToken = (await getCsrfToken()) ?? "";
  const res = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...input, csrfToken, json: "true" }),
    credentials: "same-origin",
  });
  const body = (await res.json().catch(() => null)) as CallbackBody | null;
  if (res.status === 429)
    return { ok: false, reason: "rate_limited", retryAfterSeconds: body?.retryAfterSeconds ?? null };
  const error = body?.url ? new URL(body.url, window.location.origin).searchParams.get("error") : "unknown";
  if (res.ok && !error) return { ok: true };
  return { ok: false, reason: error === "CredentialsSignin" ? "invalid" : "unknown" };
}

/** Only a path on this site is followed after sign-in (an absolute URL keeps just its path), so a link cannot send people elsewhere. */
export function safeCallbackPath(callbackUrl: string | undefined, fallback = "/integrations"): string {
  if (!callbackUrl) return fallback;
  try {
    const url = new URL(callbackUrl, "http://localhost");
    const path = `${url.pathname}${url.search}${url.hash}`;
    return path.startsWith("/") && !path.startsWith("//") && !/^\/(login|setup)\b/.test(path) ? path : fallback;
  } catch {
    return fallback;
  }
}
