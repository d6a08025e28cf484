// POST /api/webhooks/replay – replays picked events (`ids`), or the next chunk of failed/skipped events matching a filter
import { z } from "zod";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { replayMatchingWebhooks, replaySelectedWebhooks } from "@/lib/webhooks/replay-webhooks";

const bodySchema = z.object({
  ids: z.array(z.number().int().positive()).min(1).max(500).optional(),
  filter: z.record(z.string(), z.string()).default({}),
  limit: z.number().int().min(1).max(500).default(100),
  /** Count what a filter replay would pick up, without replaying. */
  dry_run: z.boolean().default(false),
});

export const POST = apiRoute("operate", async ({ db, req, actor }) => {
  const { ids, filter, limit, dry_run } = await readJson(req, bodySchema);
  if (ids) return replaySelectedWebhooks({ db: db, actor, ids });
  return replayMatchingWebhooks({ db: db, actor, filter, limit, dryRun: dry_run });
});
