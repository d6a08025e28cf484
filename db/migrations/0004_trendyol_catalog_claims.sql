CREATE TABLE "order_claims" (
	"id" serial PRIMARY KEY NOT NULL,
	"integration_id" text NOT NULL,
	"claim_id" text NOT NULL,
	"remote_order_number" text NOT NULL,
	"package_id" text,
	"status" text NOT NULL,
	"lines" jsonb NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	"remote_updated_at" timestamp with time zone NOT NULL,
	"raw" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "marketplace_brands" (
	"integration_id" text NOT NULL,
	"remote_id" text NOT NULL,
	"name" text NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marketplace_brands_integration_id_remote_id_pk" PRIMARY KEY("integration_id","remote_id")
);
--> statement-breakpoint
CREATE TABLE "marketplace_categories" (
	"integration_id" text NOT NULL,
	"remote_id" text NOT NULL,
	"parent_id" text,
	"name" text NOT NULL,
	"path" text NOT NULL,
	"is_leaf" boolean NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marketplace_categories_integration_id_remote_id_pk" PRIMARY KEY("integration_id","remote_id")
);
--> statement-breakpoint
CREATE TABLE "marketplace_category_attributes" (
	"integration_id" text NOT NULL,
	"category_id" text NOT NULL,
	"attributes" jsonb NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marketplace_category_attributes_integration_id_category_id_pk" PRIMARY KEY("integration_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "marketplace_category_matches" (
	"integration_id" text NOT NULL,
	"local_category" text NOT NULL,
	"remote_category_id" text NOT NULL,
	"remote_brand_id" text,
	"attributes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marketplace_category_matches_integration_id_local_category_pk" PRIMARY KEY("integration_id","local_category")
);
--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "remote_attributes" jsonb;--> statement-breakpoint
ALTER TABLE "order_claims" ADD CONSTRAINT "order_claims_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketplace_brands" ADD CONSTRAINT "marketplace_brands_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketplace_categories" ADD CONSTRAINT "marketplace_categories_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketplace_category_attributes" ADD CONSTRAINT "marketplace_category_attributes_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketplace_category_matches" ADD CONSTRAINT "marketplace_category_matches_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "order_claims_integration_claim_idx" ON "order_claims" USING btree ("integration_id","claim_id");--> statement-breakpoint
CREATE INDEX "order_claims_order_idx" ON "order_claims" USING btree ("integration_id","remote_order_number");--> statement-breakpoint
CREATE INDEX "marketplace_brands_name_idx" ON "marketplace_brands" USING btree ("integration_id","name");--> statement-breakpoint
CREATE INDEX "marketplace_categories_path_idx" ON "marketplace_categories" USING btree ("integration_id","path");