import { infiniteQueryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import { dayBoundary } from "@/components/sync/query-string";

export const AUDIT_FILTER_KEYS = ["action", "actor", "from", "to"] as const;
/** The log's filters as the user set them; `from`/`to` are local days (yyyy-mm-dd). */
export type AuditFilter = Partial<Record<(typeof AUDIT_FILTER_KEYS)[number], string>>;

/** An audit row as GET /api/audit answers it. */
export type AuditItem = {
  id: number;
  actorId: number | null;
  actorEmail: string | null;
  actorName?: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
  createdAt: string;
};

type AuditPage = { items: AuditItem[]; nextBefore: number | null };

function auditUrl(filter: AuditFilter, before: number | undefined): string {
  const params = new URLSearchParams();
  const instants = { ...filter, from: dayBoundary(filter.from, "start"), to: dayBoundary(filter.to, "end") };
  for (const [key, value] of Object.entries(instants)) if (value) params.set(key, value);
  if (before) params.set("before", String(before));
  return `/api/audit?${params.toString()}`;
}

/** Newest first; each "load more" asks for the rows before the last id seen (keyset pagination). */
export const auditQuery = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: ["audit", filter],
    queryFn: ({ pageParam }) => fetchJson<AuditPage>(auditUrl(filter, pageParam)),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
