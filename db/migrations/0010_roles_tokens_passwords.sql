CREATE TYPE "public"."token_scope" AS ENUM('read', 'operate', 'admin');--> statement-breakpoint
ALTER TYPE "public"."user_role" ADD VALUE 'operator' BEFORE 'viewer';--> statement-breakpoint
-- Only admins could create tokens before scopes existed, so existing tokens keep doing what they did: admin scope.
-- A token never does more than its creator's current role allows, whatever its scope.
ALTER TABLE "api_tokens" ADD COLUMN "scope" "token_scope" DEFAULT 'admin' NOT NULL;--> statement-breakpoint
ALTER TABLE "api_tokens" ALTER COLUMN "scope" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_changed_at" timestamp with time zone;
