/** A determinate bar when `max` is known; an indeterminate (pulsing) one while it is not. */
export function ProgressBar({
  value,
  max,
  label,
  valueText,
  testId,
}: {
  value: number;
  max: number | null;
  label: string;
  valueText: string;
  testId?: string;
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
      className="h-2.5 overflow-hidden rounded-full bg-slate-200"
    >
      <div
        className={`h-full rounded-full bg-indigo-600 transition-[width] duration-300 ${percent === undefined ? "w-1/3 animate-pulse" : ""}`}
        style={percent === undefined ? undefined : { width: `${percent}%` }}
      />
    </div>
  );
}
