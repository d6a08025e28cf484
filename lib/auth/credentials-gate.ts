import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { clientIp } from "@/lib/http/client-ip";
import { checkLoginGate } from "./login-throttle";

/**
 * Answers 429 before next-auth sees a credentials sign-in that the throttle blocks. The body carries `url` because
 * next-auth's client reads the error from it.
 */
export async function rejectThrottledSignIn(req: Request): Promise<Response | null> {
  if (req.method !== "POST" || !new URL(req.url).pathname.endsWith("/callback/credentials")) return null;
  const form = await req
    .clone()
    .formData()
    .catch(() => null);
  const email = form?.get("email");
  if (typeof email !== "string") return null;
  const gate = await checkLoginGate({ db: await getDb(), email, ip: clientIp(req.headers) });
  if (gate.isAllowed) return null;
  const url = new URL(`/login?error=RateLimited&retryAfter=${gate.retryAfterSeconds}`, req.url).toString();
  return NextResponse.json(
    {
      error: "rate_limited",
      message: `Too many failed logins. Try again in ${Math.ceil(gate.retryAfterSeconds / 60)} minutes.`,
      retryAfterSeconds: gate.retryAfterSeconds,
      url,
    },
    { status: 429, headers: { "Retry-After": String(gate.retryAfterSeconds) } },
  );
}
