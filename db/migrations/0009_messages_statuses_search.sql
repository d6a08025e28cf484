DROP INDEX "webhook_events_search_idx";--> statement-breakpoint
ALTER TABLE "sync_items" ADD COLUMN "message_key" text;--> statement-breakpoint
ALTER TABLE "sync_items" ADD COLUMN "message_params" jsonb;--> statement-breakpoint
ALTER TABLE "sync_items" ADD COLUMN "provider_message" text;--> statement-breakpoint
ALTER TABLE "sync_runs" ADD COLUMN "error_key" text;--> statement-breakpoint
ALTER TABLE "sync_runs" ADD COLUMN "error_params" jsonb;--> statement-breakpoint
ALTER TABLE "webhook_events" ADD COLUMN "last_error_key" text;--> statement-breakpoint
ALTER TABLE "webhook_events" ADD COLUMN "last_error_params" jsonb;--> statement-breakpoint
CREATE INDEX "products_search_fold_idx" ON "products" USING gin (kopru_fold(("sku" || ' ' || coalesce("barcode", '') || ' ' || "title")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "orders_customer_fold_idx" ON "orders" USING gin (kopru_fold((coalesce("customer_name", '') || ' ' || coalesce("customer_email", ''))) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "webhook_events_search_idx" ON "webhook_events" USING gin (to_tsvector('simple', kopru_fold("raw_body")));