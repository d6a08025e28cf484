// POST /api/integrations/{id}/register-webhook – create or update the provider's webhook subscription for this console
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";
import { publicOrigin } from "@/lib/http/public-origin";
import { registerTrendyolWebhook } from "@/lib/integrations/register-trendyol-webhook";

export const POST = apiRoute<{ id: string }>("admin", async ({ db, params, actor, req }) => {
  if (params.id !== "trendyol")
    throw new AppError("invalid_input", "This provider's webhooks are set up by hand", {
      messageKey: "errors.webhook_manual_setup",
    });
  return registerTrendyolWebhook({ db, actor, origin: publicOrigin(req.headers) });
});
