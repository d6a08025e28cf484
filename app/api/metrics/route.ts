// GET /api/metrics – Prometheus exposition; needs an API token or KOPRU_METRICS_TOKEN as a Bearer token
import { getDb } from "@/db/client";
import { errorResponse } from "@/lib/http/api-route";
import { authorizeMetrics } from "@/lib/metrics/authorize-metrics";
import { scrapeMetrics } from "@/lib/metrics/scrape-metrics";

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  try {
    const db = await getDb();
    await authorizeMetrics({ db, headers: req.headers });
    const { contentType, body } = await scrapeMetrics({ db });
    return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error, req);
  }
}
