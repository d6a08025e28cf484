import type { UserRole } from "@/db/schema";
import { AppError } from "@/lib/errors";

/** Who is making a request: a signed-in user or an API token acting for its creator. */
export type Actor = {
  userId: number;
  email: string;
  role: UserRole;
  via: "session" | "token";
  ip: string;
};

export function assertCanWrite(actor: Actor): void {
  if (actor.role !== "admin")
    throw new AppError("forbidden", "Viewers can read but not change anything", {
      messageKey: "errors.viewer_read_only",
    });
}

export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
