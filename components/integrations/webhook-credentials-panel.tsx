"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { INPUT_CLASS } from "@/components/ui/input-class";
import { integrationQuery } from "./integration-queries";
import { PanelCard } from "./panel-card";

type Revealed = { fields: { name: string; value: string | null }[] };

/**
 * The webhook user, password and API key Köprü generated on activation, to copy into the provider's panel or ticket.
 * Secret values stay masked until an admin asks for them (that read is audited); rotating is the settings form's job.
 */
export function WebhookCredentialsPanel({
  id,
  fieldNames,
  canEdit,
}: {
  id: string;
  fieldNames: string[];
  canEdit: boolean;
}) {
  const t = useTranslations("webhookCredentials");
  const tFields = useTranslations("fields");
  const toErrorMessage = useApiErrorMessage();
  const { data: integration } = useQuery(integrationQuery(id));
  const reveal = useMutation({ mutationFn: () => fetchJson<Revealed>(`/api/integrations/${id}/webhook-credentials`) });
  const known = (name: string) => integration?.settings[name] ?? integration?.secrets[name] ?? null;
  const isGenerated = fieldNames.some((name) => known(name));

  return (
    <PanelCard title={t("title")} description={t("description")} testId="webhook-credentials">
      {!isGenerated ? (
        <p role="status" className="text-sm text-amber-700">
          {t("notYet")}
        </p>
      ) : (
        <div className="space-y-3">
          {fieldNames.map((name) => {
            const value = reveal.data?.fields.find((field) => field.name === name)?.value ?? known(name) ?? "";
            const isMasked = !reveal.data && Boolean(integration?.secrets[name]);
            return (
              <div key={name} className="flex flex-wrap items-center gap-2 sm:flex-nowrap">
                <label
                  htmlFor={`webhook-credential-${name}`}
                  className="w-full shrink-0 text-sm text-slate-600 sm:w-44"
                >
                  {tFields(name as never)}
                </label>
                <input
                  id={`webhook-credential-${name}`}
                  readOnly
                  value={value}
                  data-testid={`webhook-credential-${name}`}
                  className={`${INPUT_CLASS} min-w-0 flex-1 font-mono`}
                />
                {!isMasked && value && <CopyButton value={value} />}
              </div>
            );
          })}
          {canEdit && !reveal.data && (
            <Button variant="secondary" size="sm" isPending={reveal.isPending} onClick={() => reveal.mutate()}>
              {t("reveal")}
            </Button>
          )}
          {reveal.isError && (
            <p role="alert" className="text-sm text-red-700">
              {toErrorMessage(reveal.error)}
            </p>
          )}
          <p className="text-xs text-slate-500">{t("rotateHint")}</p>
        </div>
      )}
    </PanelCard>
  );
}
