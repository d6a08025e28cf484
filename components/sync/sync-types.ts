/** The JSON the sync-run API answers (dates are ISO strings on the wire). */
export const SYNC_STATUSES = ["queued", "running", "succeeded", "failed", "cancelled"] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number];

export type SyncRun = {
  id: number;
  integrationId: string;
  kind: string;
  trigger: "schedule" | "manual" | "webhook" | "retry";
  status: SyncStatus;
  attempts: number;
  total: number | null;
  seen: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  error: string | null;
  errorKey?: string | null;
  errorParams?: Record<string, string | number> | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  retryOfRunId: number | null;
};

export type SyncItemResult = "succeeded" | "failed" | "skipped";

export type SyncItem = {
  id: number;
  ref: string;
  action: string;
  result: SyncItemResult;
  message: string | null;
  messageKey?: string | null;
  messageParams?: Record<string, string | number> | null;
  providerMessage?: string | null;
  createdAt: string;
};

export type SyncRunPage = { items: SyncRun[]; nextBefore: number | null };
export type SyncRunDetail = { run: SyncRun; items: SyncItem[]; nextAfter: number | null };

export const isRunActive = (status: SyncStatus) => status === "queued" || status === "running";
