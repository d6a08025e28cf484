const TONES = { normal: "bg-indigo-600", warning: "bg-amber-500", failed: "bg-red-600" } as const;

/** A determinate bar when `max` is known; an indeterminate (pulsing) one while it is not. Red when the work failed. */
export function ProgressBar({
  value,
  max,
  label,
  valueText,
  testId,
  tone = "normal",
}: {
  value: number;
  max: number | null;
  label: string;
  valueText: string;
  testId?: string;
  tone?: keyof typeof TONES;
}) {
  const percent = max === null ? undefined : max === 0 ? 100 : Math.min(100, Math.round((value / max) * 100));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
      data-testid={testId}
      data-tone={tone}
      className="h-2.5 overflow-hidden rounded-full bg-slate-200"
    >
      <div
        className={`h-full rounded-full ${TONES[tone]} transition-[width] duration-300 ${percent === undefined ? "w-1/3 animate-pulse" : ""}`}
        style={percent === undefined ? undefined : { width: `${percent}%` }}
      />
    </div>
  );
}
