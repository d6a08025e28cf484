"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Toaster } from "sonner";
import { ApiError } from "./api/fetch-json";

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            // Server-prefetched data is fresh for a while; without a staleTime the client would refetch it at once.
            staleTime: 30_000,
            refetchOnWindowFocus: false,
            // A 4xx answer will not change on retry; network errors and 5xx get one more try.
            retry: (failureCount, error) => !(error instanceof ApiError && error.status < 500) && failureCount < 1,
          },
        },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      {/* Below the 56 px header, so a toast never hides the menu, the user or "Sign out". */}
      <Toaster richColors closeButton position="top-right" offset={{ top: 72 }} mobileOffset={{ top: 64 }} />
    </QueryClientProvider>
  );
}
