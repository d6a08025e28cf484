import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import type { IntegrationView } from "@/lib/integrations/integration-view";

/** Query option factories shared by server prefetch (with data from lib) and client components (through the API). */
export const integrationsQuery = () =>
  queryOptions({
    queryKey: ["integrations"],
    queryFn: async () => (await fetchJson<{ integrations: IntegrationView[] }>("/api/integrations")).integrations,
  });

export const integrationQuery = (id: string) =>
  queryOptions({
    queryKey: ["integrations", id],
    queryFn: () => fetchJson<IntegrationView>(`/api/integrations/${encodeURIComponent(id)}`),
  });
