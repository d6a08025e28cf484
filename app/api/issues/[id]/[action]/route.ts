// POST /api/issues/{id}/{acknowledge|resolve|reopen|mute|replay} – change an issue's status, or replay everything in it
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { changeIssueStatus } from "@/lib/issues/change-issue-status";
import { replayIssue } from "@/lib/issues/replay-issue";

const actionSchema = z.enum(["acknowledge", "resolve", "reopen", "mute", "replay"]);
const muteSchema = z.object({ until: z.iso.datetime({ offset: true }) });

export const POST = apiRoute<{ id: string; action: string }>("operate", async ({ db, req, params, actor }) => {
  const id = z.coerce.number().int().positive().parse(params.id);
  const action = actionSchema.safeParse(params.action);
  if (!action.success)
    throw new AppError("not_found", `No issue action "${params.action}"`, {
      messageKey: "errors.issue_unknown_action",
    });
  if (action.data === "replay") return Response.json(await replayIssue({ db, actor, id }), { status: 202 });
  const mutedUntil = action.data === "mute" ? new Date((await readJson(req, muteSchema)).until) : undefined;
  return changeIssueStatus({ db, actor, id, action: action.data, mutedUntil });
});
