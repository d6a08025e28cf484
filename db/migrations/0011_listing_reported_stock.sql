ALTER TABLE "listings" ADD COLUMN "reported_stock" integer;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "reported_stock_at" timestamp with time zone;