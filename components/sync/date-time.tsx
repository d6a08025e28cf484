import { useFormatter } from "next-intl";

/** An ISO instant as a short local date and time, machine-readable in `dateTime`; a dash when there is none. */
export function DateTime({ value, withSeconds = false }: { value: string | null | undefined; withSeconds?: boolean }) {
  const format = useFormatter();
  if (!value) return <span className="text-slate-500">—</span>;
  const date = new Date(value);
  const text = withSeconds
    ? format.dateTime(date, {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      })
    : format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <time dateTime={value} className="whitespace-nowrap">
      {text}
    </time>
  );
}
