import { Skeleton } from "@/components/ui/skeleton";

export default function IntegrationsLoading() {
  return (
    <div role="status" aria-busy="true" className="space-y-8">
      <div className="space-y-2">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      {Array.from({ length: 3 }, (_, group) => (
        <div key={group} className="space-y-3">
          <Skeleton className="h-4 w-32" />
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {Array.from({ length: group === 0 ? 3 : 2 }, (_, card) => (
              <Skeleton key={card} className="h-32 w-full" />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
