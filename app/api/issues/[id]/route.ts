// GET /api/issues/{id} – one issue with its latest samples and what "Replay all" would replay (count first)
import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { getIssue } from "@/lib/issues/get-issue";

export const GET = apiRoute<{ id: string }>("read", async ({ db, params }) =>
  getIssue({ db, id: z.coerce.number().int().positive().parse(params.id) }),
);
