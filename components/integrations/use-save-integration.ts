"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ApiError, fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import type { IntegrationView } from "@/lib/integrations/integration-view";
import { integrationQuery, integrationsQuery } from "./integration-queries";

export type IntegrationConfigBody = { is_active: boolean; sync_minutes: Record<string, number> } & Record<
  string,
  unknown
>;

/** Saves an integration's settings; the answer (secrets masked) replaces the cached view. */
export function useSaveIntegration(id: string) {
  const t = useTranslations("integrations.form");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: (body: IntegrationConfigBody) =>
      fetchJson<IntegrationView>(`/api/integrations/${encodeURIComponent(id)}/config`, { body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(integrationQuery(id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: integrationsQuery().queryKey, exact: true });
      toast.success(t("saved", { name: saved.display_name }));
      // Server-rendered parts of the page (the status badge) follow the new state.
      router.refresh();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 403) toast.error(t("forbidden"));
      else if (error instanceof ApiError && error.status === 400) toast.error(t("invalid"));
      else toast.error(toErrorMessage(error));
    },
  });
}
