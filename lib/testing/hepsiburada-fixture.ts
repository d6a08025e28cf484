import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";

export const FAKE_HEPSIBURADA = {
  merchantId: "6f1c2a9e-3b1d-4c55-9a0e-2b7d8f6e1a42",
  serviceKey: "Ab12Cd34Ef56",
  developerUsername: "kopru_dev",
};
export const HEPSIBURADA_WEBHOOK_AUTH = { username: "hb-hook", password: "hook-password-1234" };

/** Configures the Hepsiburada integration against a fake at `baseUrl` (test fixture). */
export async function configureHepsiburada(db: Db, actor: Actor, baseUrl: string, extra: Record<string, unknown> = {}) {
  return saveIntegrationConfig({
    db,
    actor,
    type: "hepsiburada",
    body: {
      is_active: true,
      merchant_id: FAKE_HEPSIBURADA.merchantId,
      service_key: FAKE_HEPSIBURADA.serviceKey,
      developer_username: FAKE_HEPSIBURADA.developerUsername,
      webhook_username: HEPSIBURADA_WEBHOOK_AUTH.username,
      webhook_password: HEPSIBURADA_WEBHOOK_AUTH.password,
      base_url: baseUrl,
      ...extra,
    },
  });
}
