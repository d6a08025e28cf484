// GET /api/integrations/health – every configured integration's health (?check=1 tests each connection); 503 unless all healthy
import { listIntegrationHealth } from "@/lib/health/integration-health";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute("read", async ({ db, req, actor }) => {
  const report = await listIntegrationHealth({ db, actor, check: new URL(req.url).searchParams.get("check") === "1" });
  return Response.json(report, { status: report.status === "healthy" ? 200 : 503 });
});
