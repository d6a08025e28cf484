// POST /api/webhooks/replay – replays the next chunk of failed events matching a filter; answers how many remain
import { z } from "zod";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { replayMatchingWebhooks } from "@/lib/webhooks/replay-webhooks";

const bodySchema = z.object({
  filter: z.record(z.string(), z.string()).default({}),
  limit: z.number().int().min(1).max(500).default(100),
});

export const POST = apiRoute("operate", async ({ db, req, actor }) => {
  const { filter, limit } = await readJson(req, bodySchema);
  return replayMatchingWebhooks({ db: db, actor, filter, limit });
});
