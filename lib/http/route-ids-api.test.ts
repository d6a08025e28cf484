import { beforeAll, expect, it } from "vitest";
import { GET as getOrder } from "@/app/api/orders/[id]/route";
import { GET as getProduct, PATCH as patchProduct } from "@/app/api/products/[id]/route";
import { POST as retryRun } from "@/app/api/sync-runs/[runId]/retry/route";
import { GET as getRun } from "@/app/api/sync-runs/[runId]/route";
import { DELETE as deleteToken } from "@/app/api/tokens/[id]/route";
import { PATCH as patchUser } from "@/app/api/users/[id]/route";
import { POST as replayEvent } from "@/app/api/webhooks/[eventId]/replay/route";
import { GET as getEvent } from "@/app/api/webhooks/[eventId]/route";
import { describeWithDatabase } from "@/db/testing";
import { createTestActor, jsonRequest, routeParams } from "@/lib/testing/actors";

type Handler = (req: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const ROUTES: { name: string; handler: Handler; param: string; method: string; body?: unknown }[] = [
  { name: "GET /api/orders/{id}", handler: getOrder as Handler, param: "id", method: "GET" },
  { name: "GET /api/products/{id}", handler: getProduct as Handler, param: "id", method: "GET" },
  { name: "PATCH /api/products/{id}", handler: patchProduct as Handler, param: "id", method: "PATCH", body: {} },
  { name: "GET /api/sync-runs/{id}", handler: getRun as Handler, param: "runId", method: "GET" },
  { name: "POST /api/sync-runs/{id}/retry", handler: retryRun as Handler, param: "runId", method: "POST", body: {} },
  { name: "DELETE /api/tokens/{id}", handler: deleteToken as Handler, param: "id", method: "DELETE" },
  { name: "PATCH /api/users/{id}", handler: patchUser as Handler, param: "id", method: "PATCH", body: {} },
  { name: "GET /api/webhooks/{id}", handler: getEvent as Handler, param: "eventId", method: "GET" },
  { name: "POST /api/webhooks/{id}/replay", handler: replayEvent as Handler, param: "eventId", method: "POST" },
];

describeWithDatabase("route ids", (database) => {
  let token: string;
  beforeAll(async () => {
    token = (await createTestActor(database().db, "admin")).token;
  });

  it.each(ROUTES)("$name answers 404, never 500, for an id out of range or malformed", async (route) => {
    for (const id of ["99999999999", "abc", "0", "-5", "1e3"]) {
      const response = await route.handler(
        jsonRequest(`/api/x/${id}`, { token, method: route.method, body: route.body }),
        routeParams({ [route.param]: id }),
      );
      expect(response.status, `${route.name} with ${id}`).toBe(404);
    }
  });
});
