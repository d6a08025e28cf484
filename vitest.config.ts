import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    include: ["{lib,db,inngest,app,components}/**/*.test.ts"],
    environment: "node",
    // The provider fakes listen on 127.0.0.1, which the outbound guard refuses without KOPRU_ALLOW_PRIVATE_BASE_URLS.
    env: {
      PGLITE_DIR: "memory://",
      INNGEST_DEV: "1",
      KOPRU_EMBEDDED_RUNNER: "on",
      NODE_ENV: "test",
      KOPRU_ALLOW_PRIVATE_BASE_URLS: "1",
    },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
