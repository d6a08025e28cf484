// POST /api/settings/alerts/test – sends a test alert to every configured channel and reports each result (admin)
import { apiRoute } from "@/lib/http/api-route";
import { sendTestAlert } from "@/lib/alerts/send-test-alert";

export const POST = apiRoute("admin", async ({ db, actor }) => sendTestAlert({ db, actor }));
