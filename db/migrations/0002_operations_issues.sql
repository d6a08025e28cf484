CREATE TYPE "public"."issue_status" AS ENUM('open', 'acknowledged', 'resolved', 'muted');--> statement-breakpoint
CREATE TABLE "alert_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"slack_webhook_ciphertext" text,
	"slack_webhook_hint" text,
	"consecutive_failures" integer DEFAULT 3 NOT NULL,
	"degraded_after_minutes" integer DEFAULT 30 NOT NULL,
	"stuck_after_minutes" integer DEFAULT 30 NOT NULL,
	"locale" text DEFAULT 'tr' NOT NULL,
	"digest_sent_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integration_health" (
	"integration_id" text PRIMARY KEY NOT NULL,
	"last_success_at" timestamp with time zone,
	"last_failure_at" timestamp with time zone,
	"last_error" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"failing_since" timestamp with time zone,
	"streak_notified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "issue_occurrences" (
	"id" serial PRIMARY KEY NOT NULL,
	"issue_id" integer NOT NULL,
	"message" text NOT NULL,
	"sync_run_id" integer,
	"webhook_event_id" integer,
	"ref" text,
	"dedupe_key" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "issues" (
	"id" serial PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"integration_id" text NOT NULL,
	"kind" text NOT NULL,
	"operation" text NOT NULL,
	"signature" text NOT NULL,
	"message" text NOT NULL,
	"status" "issue_status" DEFAULT 'open' NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" text,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"muted_until" timestamp with time zone,
	"notified_at" timestamp with time zone,
	CONSTRAINT "issues_fingerprint_unique" UNIQUE("fingerprint")
);
--> statement-breakpoint
ALTER TABLE "issue_occurrences" ADD CONSTRAINT "issue_occurrences_issue_id_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "issue_occurrences_issue_idx" ON "issue_occurrences" USING btree ("issue_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "issue_occurrences_dedupe_idx" ON "issue_occurrences" USING btree ("issue_id","dedupe_key") WHERE "issue_occurrences"."dedupe_key" is not null;--> statement-breakpoint
CREATE INDEX "issues_status_idx" ON "issues" USING btree ("status","last_seen_at");--> statement-breakpoint
CREATE INDEX "issues_integration_idx" ON "issues" USING btree ("integration_id","status");--> statement-breakpoint
CREATE INDEX "issues_operation_idx" ON "issues" USING btree ("integration_id","kind","operation");