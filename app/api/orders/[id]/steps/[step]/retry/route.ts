// POST /api/orders/{id}/steps/{step}/retry – runs a step again (and then the steps after it); `dry_run` only shows it
import { z } from "zod";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { asJson } from "@/lib/http/as-json";
import { parseActionStep, runStepNow } from "@/lib/order-to-cash/actions";

const bodySchema = z.object({ dry_run: z.boolean().optional() }).strict();

export const POST = apiRoute<{ id: string; step: string }>("write", async ({ db, req, params, actor }) => {
  const body = await readJson(req, bodySchema);
  const orderId = z.coerce.number().int().positive().parse(params.id);
  const step = parseActionStep(params.step);
  return asJson(await runStepNow({ db, actor, orderId, step, trigger: "retry", dryRun: body.dry_run }));
});
