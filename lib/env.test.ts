import { describe, expect, it } from "vitest";
import { getEnv } from "./env";

describe("environment validation", () => {
  it("names the invalid variable", () => {
    expect(() => getEnv({ DATABASE_URL: "mysql://x", KOPRU_ENCRYPTION_KEY: "short" })).toThrow(
      /DATABASE_URL[\s\S]*KOPRU_ENCRYPTION_KEY|KOPRU_ENCRYPTION_KEY[\s\S]*DATABASE_URL/,
    );
  });

  it("treats empty strings as unset", () => {
    const env = getEnv({ DATABASE_URL: "", KOPRU_LOG_RETENTION_DAYS: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.KOPRU_LOG_RETENTION_DAYS).toBeUndefined();
  });

  it("coerces numbers", () => {
    expect(getEnv({ KOPRU_LOG_RETENTION_DAYS: "7" }).KOPRU_LOG_RETENTION_DAYS).toBe(7);
  });
});
