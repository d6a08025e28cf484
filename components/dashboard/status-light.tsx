import { useTranslations } from "next-intl";
import type { HealthStatus } from "@/lib/health/integration-health";

const COLOURS: Record<HealthStatus, string> = {
  healthy: "bg-emerald-500",
  degraded: "bg-amber-500",
  unhealthy: "bg-slate-400",
};

/** A coloured dot with its word next to it, so the status never depends on colour alone. */
export function StatusLight({ status }: { status: HealthStatus }) {
  const t = useTranslations("health");
  return (
    <span className="inline-flex items-center gap-1.5 text-xs font-medium text-slate-700" data-health={status}>
      <span aria-hidden="true" className={`size-2.5 rounded-full ${COLOURS[status]}`} />
      {t(status)}
    </span>
  );
}
