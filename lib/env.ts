import { z } from "zod";

// Empty strings count as unset, so `FOO=` in a .env file behaves like no FOO at all.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const base64Key = z.string().refine((value) => Buffer.from(value, "base64").length === 32, {
  message: "must be 32 bytes encoded as base64 (generate one with `openssl rand -base64 32`)",
});

export const envSchema = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"])),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")),
  PGLITE_DIR: optional(z.string()),
  NEXTAUTH_SECRET: optional(z.string().min(16, "must be at least 16 characters")),
  NEXTAUTH_URL: optional(z.url()),
  KOPRU_PUBLIC_URL: optional(z.url()),
  KOPRU_ENCRYPTION_KEY: optional(base64Key),
  KOPRU_ENCRYPTION_KEYS_PREVIOUS: optional(
    z.string().refine((list) => list.split(",").every((key) => Buffer.from(key.trim(), "base64").length === 32), {
      message: "must be a comma-separated list of 32-byte base64 keys",
    }),
  ),
  KOPRU_ADMIN_EMAIL: optional(z.email()),
  KOPRU_ADMIN_PASSWORD: optional(z.string().min(10, "must be at least 10 characters")),
  KOPRU_SESSION_HOURS: optional(z.coerce.number().int().min(1).max(720)),
  KOPRU_LOG_RETENTION_DAYS: optional(z.coerce.number().int().min(1).max(3650)),
  KOPRU_WEBHOOK_RATE_PER_SECOND: optional(z.coerce.number().int().min(1)),
  KOPRU_WEBHOOK_RATE_BURST: optional(z.coerce.number().int().min(1)),
  INNGEST_EVENT_KEY: optional(z.string()),
  INNGEST_SIGNING_KEY: optional(z.string()),
  INNGEST_BASE_URL: optional(z.url()),
  INNGEST_DEV: optional(z.string()),
  KOPRU_ALLOW_INNGEST_DEV_IN_PRODUCTION: optional(z.enum(["0", "1"])),
  KOPRU_TRUSTED_PROXY_HOPS: optional(z.coerce.number().int().min(0).max(10)),
  KOPRU_ALLOW_PRIVATE_BASE_URLS: optional(z.enum(["0", "1"])),
  KOPRU_EMBEDDED_RUNNER: optional(z.enum(["on", "off"])),
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")),
  KOPRU_ALERT_FROM: optional(z.string().min(3)),
  KOPRU_METRICS_TOKEN: optional(z.string().min(16, "must be at least 16 characters")),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Validates process.env once; throws an error naming every invalid variable. */
export function getEnv(source: Record<string, string | undefined> = process.env): Env {
  if (source === process.env && cached) return cached;
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment variables:\n${problems}`);
  }
  if (source === process.env) cached = result.data;
  return result.data;
}

export const isProduction = () => getEnv().NODE_ENV === "production";
