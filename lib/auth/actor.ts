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
  if (actor.role !== "admin") throw new AppError("forbidden", "Viewers can read but not change anything");
}
