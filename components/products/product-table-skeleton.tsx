import { Skeleton } from "@/components/ui/skeleton";

/** The table's shape while the first page loads. */
export function ProductTableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div
      role="status"
      aria-busy="true"
      className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <div className="border-b border-slate-200 bg-slate-50 px-3 py-3">
        <Skeleton className="h-3 w-2/3" />
      </div>
      <div className="divide-y divide-slate-100">
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className="grid grid-cols-[6rem_1fr_6rem_6rem_5rem_5rem_3rem_8rem] gap-4 px-3 py-3">
            {Array.from({ length: 8 }, (_, cell) => (
              <Skeleton key={cell} className="h-4 w-full" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
