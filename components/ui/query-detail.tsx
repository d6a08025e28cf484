import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ApiError } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { BackLink } from "./back-link";
import { Button } from "./button";
import { EmptyState } from "./empty-state";
import { TableSkeleton } from "./table-skeleton";

type QueryDetailProps<T> = {
  query: UseQueryResult<T>;
  backHref: string;
  labels: { back: string; notFound: string; loadFailed: string; retry: string };
  children: (data: T) => ReactNode;
};

/**
 * The frame of a detail page fed by one query: a back link over the content; a skeleton while it loads; "not found"
 * for a 404, or the error with a retry button, in place of the content.
 */
export function QueryDetail<T>({ query, backHref, labels, children }: QueryDetailProps<T>) {
  const toErrorMessage = useApiErrorMessage();
  if (query.isPending) return <TableSkeleton rows={4} />;

  const isMissing = query.isError && query.error instanceof ApiError && query.error.status === 404;
  return (
    <div className="space-y-6">
      <BackLink href={backHref}>{labels.back}</BackLink>
      {!query.isError ? (
        children(query.data)
      ) : (
        <EmptyState
          title={isMissing ? labels.notFound : labels.loadFailed}
          description={isMissing ? undefined : toErrorMessage(query.error)}
          action={
            isMissing ? undefined : (
              <Button variant="secondary" onClick={() => void query.refetch()}>
                {labels.retry}
              </Button>
            )
          }
        />
      )}
    </div>
  );
}
