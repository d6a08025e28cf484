import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";

const DEV_SECRET_FILE = path.join(process.cwd(), ".data", "nextauth.secret");

/** NEXTAUTH_SECRET, required in production; in development one is generated once into .data/. */
export function getAuthSecret(): string {
  const env = getEnv();
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error(
      "NEXTAUTH_SECRET is required in production: set it to a long random string (`openssl rand -base64 32`).",
    );
  }
  if (fs.existsSync(DEV_SECRET_FILE)) return fs.readFileSync(DEV_SECRET_FILE, "utf8").trim();
  fs.mkdirSync(path.dirname(DEV_SECRET_FILE), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(DEV_SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}
