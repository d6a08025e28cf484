CREATE TABLE "order_step_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"order_id" integer NOT NULL,
	"step" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"trigger" text,
	"reference" text,
	"request" jsonb,
	"error_code" text,
	"error_params" jsonb,
	"error_message" text,
	"provider_message" text,
	"lease_until" timestamp with time zone,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "order_to_cash_rules" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"shipment_on" text DEFAULT 'manual' NOT NULL,
	"invoice_on" text DEFAULT 'manual' NOT NULL,
	"send_tracking_back" boolean DEFAULT false NOT NULL,
	"send_invoice_link_back" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_cache" (
	"provider" text NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "provider_cache_provider_key_pk" PRIMARY KEY("provider","key")
);
--> statement-breakpoint
ALTER TABLE "order_step_runs" ADD CONSTRAINT "order_step_runs_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "order_step_runs_order_step_idx" ON "order_step_runs" USING btree ("order_id","step");--> statement-breakpoint
CREATE INDEX "order_step_runs_status_idx" ON "order_step_runs" USING btree ("status");