import type { Db } from "@/db/client";
import { findTokenOwner } from "@/lib/auth/api-tokens";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { safeEqual } from "@/lib/providers/safe-equal";

/** A scraper authenticates with KOPRU_METRICS_TOKEN or any valid API token, as `Authorization: Bearer …`. */
export async function authorizeMetrics(options: { db: Db; headers: Headers; metricsToken?: string }): Promise<void> {
  const bearer = options.headers
    .get("authorization")
    ?.match(/^Bearer\s+(.+)$/i)?.[1]
    ?.trim();
  const metricsToken = options.metricsToken ?? getEnv().KOPRU_METRICS_TOKEN;
  if (bearer && metricsToken && safeEqual(bearer, metricsToken)) return;
  if (bearer && (await findTokenOwner({ db: options.db, token: bearer }))) return;
  throw new AppError("unauthorized", "Send KOPRU_METRICS_TOKEN or an API token as Authorization: Bearer …", {
    messageKey: "errors.metrics_unauthorized",
  });
}
