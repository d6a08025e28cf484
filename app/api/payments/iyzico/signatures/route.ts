// POST /api/payments/iyzico/signatures – the admin marks iyzico's notification signing as enabled: unsigned ones get 401
import { recordAudit } from "@/lib/audit/record-audit";
import { apiRoute } from "@/lib/http/api-route";
import { getIyzicoNotificationState, requireSignedIyzicoNotifications } from "@/lib/payments/iyzico-notification-state";

export const POST = apiRoute("admin", async ({ db, actor }) => {
  await requireSignedIyzicoNotifications({ db });
  await recordAudit({
    db,
    actor,
    action: "integration.signatures_required",
    targetType: "integration",
    targetId: "iyzico",
    details: {},
  });
  return getIyzicoNotificationState(db);
});
