import type { Db } from "@/db/client";
import { AppError } from "@/lib/errors";
import { loadMarketplaceAdapter } from "@/lib/integrations/load-adapter";
import type { PackageStatusUpdate } from "@/lib/providers/marketplace";
import type { SyncDeps } from "../sync-deps";

/**
 * Sends one package status (picking, invoiced, unsupplied, shipped, delivered, a cancelled line) to its marketplace.
 * Statuses are absolute, so a retry is harmless; the local order converges on the next orders_in, which re-reads it.
 */
export async function sendPackageStatus(options: {
  db: Db;
  integrationId: string;
  update: PackageStatusUpdate;
  deps?: SyncDeps;
}): Promise<void> {
  const adapter = await loadMarketplaceAdapter(options);
  const updatePackageStatus = adapter.updatePackageStatus?.bind(adapter);
  const packageStatuses = adapter.packageStatuses ?? [];
  if (!updatePackageStatus || !packageStatuses.includes(options.update.status)) {
    throw new AppError(
      "invalid_input",
      `${options.integrationId} does not take "${options.update.status}" from Köprü`,
      {
        messageKey: "errors.package_status_unsupported",
        params: { provider: options.integrationId, status: options.update.status },
      },
    );
  }
  await updatePackageStatus(options.update);
}
