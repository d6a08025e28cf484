/** What failed. Failures of the integration itself count towards its failure streak; item refusals and notices do not. */
export const ISSUE_KINDS = ["sync_run", "sync_item", "webhook", "provider_call", "stuck_work", "notice"] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

export const STREAK_KINDS: ReadonlySet<IssueKind> = new Set(["sync_run", "webhook", "provider_call"]);

/** Integration id for work that belongs to no single integration. */
export const SYSTEM_INTEGRATION = "system";
