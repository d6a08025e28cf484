import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    include: ["{lib,db,inngest,app,components}/**/*.test.ts"],
    environment: "node",
    env: { PGLITE_DIR: "memory://", INNGEST_DEV: "1", KOPRU_EMBEDDED_RUNNER: "on", NODE_ENV: "test" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
