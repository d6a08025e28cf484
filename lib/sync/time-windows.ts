/** Consecutive inclusive windows covering [startMs, endMs], each spanning at most `maxMs`; no gaps, no overlap. */
export function timeWindows(startMs: number, endMs: number, maxMs: number): { startMs: number; endMs: number }[] {
  const windows: { startMs: number; endMs: number }[] = [];
  for (let start = startMs; start <= endMs; start += maxMs)
    windows.push({ startMs: start, endMs: Math.min(start + maxMs - 1, endMs) });
  return windows;
}
