// GET /api/integrations/health/{provider} – one integration's health (?check=1 adds a live connection test); 503 unless healthy
import { getIntegrationHealth } from "@/lib/health/integration-health";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute<{ provider: string }>("read", async ({ db, req, params, actor }) => {
  const check = new URL(req.url).searchParams.get("check") === "1";
  const report = await getIntegrationHealth({ db, actor, provider: params.provider, check });
  return Response.json(report, { status: report.status === "healthy" ? 200 : 503 });
});
