// GET|PUT /api/settings/alerts – alert recipients, Slack-compatible webhook URL (masked on read) and thresholds (admin)
import { apiRoute, readJson } from "@/lib/http/api-route";
import { alertSettingsSchema, getAlertSettings, saveAlertSettings } from "@/lib/alerts/alert-settings";

export const GET = apiRoute("admin", async ({ db }) => getAlertSettings({ db }));

export const PUT = apiRoute("admin", async ({ db, req, actor }) =>
  saveAlertSettings({ db, actor, input: await readJson(req, alertSettingsSchema) }),
);
