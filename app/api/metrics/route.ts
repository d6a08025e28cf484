// GET /api/metrics – Prometheus exposition; needs an API token or KOPRU_METRICS_TOKEN as a Bearer token
import { publicRoute } from "@/lib/http/public-route";
import { authorizeMetrics } from "@/lib/metrics/authorize-metrics";
import { scrapeMetrics } from "@/lib/metrics/scrape-metrics";

export const dynamic = "force-dynamic";

export const GET = publicRoute(async ({ db, req }) => {
  await authorizeMetrics({ db, headers: req.headers });
  const { contentType, body } = await scrapeMetrics({ db });
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
});
