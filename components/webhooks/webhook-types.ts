/** The JSON the webhook-log API answers (dates are ISO strings on the wire). */
export const WEBHOOK_STATUSES = [
  "received",
  "processing",
  "processed",
  "failed",
  "ignored",
  "skipped",
  "rejected",
] as const;
export type WebhookStatus = (typeof WEBHOOK_STATUSES)[number];

export type WebhookEvent = {
  id: number;
  provider: string;
  providerEventId: string | null;
  eventType: string | null;
  status: WebhookStatus;
  isTest: boolean;
  attempts: number;
  lastError: string | null;
  lastErrorKey?: string | null;
  lastErrorParams?: Record<string, string | number> | null;
  rejectionReason: string | null;
  processingMs: number | null;
  receivedAt: string;
  processedAt: string | null;
};

export type WebhookTimelineEntry = {
  at: string;
  status: string;
  note?: string;
  noteKey?: string;
  noteParams?: Record<string, string | number>;
};

export type WebhookEventDetail = WebhookEvent & {
  headers: Record<string, string>;
  payload: unknown;
  rawBody: string;
  bodySha256: string | null;
  bodySize: number | null;
  repeatCount: number;
  lastRepeatAt: string | null;
  nextAttemptAt: string | null;
  timeline: WebhookTimelineEntry[];
};

export type WebhookPage = { items: WebhookEvent[]; nextBefore: number | null };

/** Still on its way through the runner: the console keeps polling. */
export const isWebhookPending = (status: WebhookStatus) => status === "received" || status === "processing";

/** Rejected deliveries were never verified, so they cannot be replayed; nor can one that is in progress. */
export const isReplayable = (status: WebhookStatus) =>
  status === "processed" || status === "failed" || status === "ignored" || status === "skipped";
