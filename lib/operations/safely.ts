/** Watching must never break the work it watches: a failure to record is logged, not thrown. */
export async function safely(what: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    console.error(`[köprü] could not record ${what}:`, error instanceof Error ? error.message : String(error));
  }
}
