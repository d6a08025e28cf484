/**
 * The slice of Inngest's `step` that sync code uses, so the same code runs inside an Inngest function (memoised,
 * durable steps) and in the embedded runner (plain calls). Step results must be JSON-serialisable.
 */
export type StepRunner = {
  run<T>(id: string, fn: () => Promise<T>): Promise<T>;
  sleep(id: string, ms: number): Promise<void>;
};

export const inlineStep = (
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): StepRunner => ({
  run: (_id, fn) => fn(),
  sleep: (_id, ms) => sleep(ms),
});
