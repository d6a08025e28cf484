import type { ReactNode } from "react";

function pretty(value: unknown): string {
  if (typeof value !== "string") return JSON.stringify(value, null, 2) ?? "null";
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

type JsonBlockProps = { value: unknown; summary?: ReactNode; testId?: string; isRaw?: boolean };

/** Pretty-printed JSON (or, with `isRaw`, the text exactly as received) in a scrollable block; `summary` folds it. */
export function JsonBlock({ value, summary, testId, isRaw = false }: JsonBlockProps) {
  const block = (
    <pre
      data-testid={testId}
      className="max-h-[32rem] overflow-auto rounded-md bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-100"
    >
      {isRaw && typeof value === "string" ? value : pretty(value)}
    </pre>
  );
  if (!summary) return block;
  return (
    <details className="group rounded-md border border-slate-200">
      <summary className="cursor-pointer select-none px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600">
        {summary}
      </summary>
      <div className="border-t border-slate-200 p-2">{block}</div>
    </details>
  );
}
