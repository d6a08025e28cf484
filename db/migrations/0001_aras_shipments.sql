ALTER TABLE "shipments" ALTER COLUMN "tracking_number" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "order_id" integer;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "integration_code" text;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "pieces" jsonb;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "tracking_url" text;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "next_poll_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "last_polled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "stale_alerted_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "shipments_carrier_code_idx" ON "shipments" USING btree ("carrier","integration_code");--> statement-breakpoint
CREATE INDEX "shipments_order_idx" ON "shipments" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "shipments_next_poll_idx" ON "shipments" USING btree ("carrier","next_poll_at");