"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { integrationQuery } from "./integration-queries";
import { SyncNowPanel } from "./sync-now-panel";
import { TestConnectionPanel } from "./test-connection-panel";

/** The integration page's operations under its settings: connection test and sync now. */
export function IntegrationOperations({ id, canEdit }: { id: string; canEdit: boolean }) {
  const { data: integration } = useSuspenseQuery(integrationQuery(id));
  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      {integration.can_test_connection && (
        <TestConnectionPanel id={id} canEdit={canEdit} isConfigured={integration.is_configured} />
      )}
      <SyncNowPanel id={id} canEdit={canEdit} />
    </div>
  );
}
