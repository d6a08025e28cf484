import { infiniteQueryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";

export type AuditFilter = { action?: string; actor?: string; from?: string; to?: string };

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
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
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
