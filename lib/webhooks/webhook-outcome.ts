/** What the intake answers; the route turns it into a Response. */
export type WebhookOutcome = {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Set when a new event row was committed and needs processing. */
  stored?: { id: number; provider: string };
};

export const reject = (
  status: number,
  error: string,
  message: string,
  headers?: Record<string, string>,
): WebhookOutcome => ({
  status,
  body: { error, message },
  headers,
});
