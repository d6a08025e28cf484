"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { issuesByField } from "@/components/api/fetch-json";
import { Button } from "@/components/ui/button";
import { changedDestinations, isSecretDestination } from "@/lib/integrations/secret-destinations";
import type { CredentialField } from "@/lib/providers/types";
import { ActivationSwitch } from "./activation-switch";
import { CredentialFieldInput } from "./credential-field-input";
import { integrationQuery } from "./integration-queries";
import { SyncFrequencyFields } from "./sync-frequency-fields";
import { useSaveIntegration, type IntegrationConfigBody } from "./use-save-integration";

type IntegrationSettingsFormProps = {
  id: string;
  fields: readonly CredentialField[];
  syncKinds: readonly string[];
  canEdit: boolean;
};

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <section className="border-t border-slate-200 px-6 py-6 first:border-t-0">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

function toBody(
  form: FormData,
  fields: readonly CredentialField[],
  syncKinds: readonly string[],
): IntegrationConfigBody {
  const body: IntegrationConfigBody = {
    is_active: form.get("is_active") === "on",
    sync_minutes: Object.fromEntries(syncKinds.map((kind) => [kind, Number(form.get(`sync_minutes.${kind}`))])),
  };
  // An empty secret keeps the stored one; an empty plain field clears it (base_url falls back to the default).
  for (const field of fields) body[field.name] = String(form.get(field.name) ?? "").trim();
  return body;
}

export function IntegrationSettingsForm({ id, fields, syncKinds, canEdit }: IntegrationSettingsFormProps) {
  const t = useTranslations("integrations.form");
  const { data: integration } = useSuspenseQuery(integrationQuery(id));
  const save = useSaveIntegration(id);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = issuesByField(save.error);
  const tGuides = useTranslations("integrations.guides");
  // Choice fields (Shopify's "how did you create your app?") decide which other fields are shown.
  const [choices, setChoices] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      fields.flatMap((field) =>
        field.options ? [[field.name, integration.settings[field.name] ?? field.options[0] ?? ""]] : [],
      ),
    ),
  );
  const visible = fields.filter(
    (field) =>
      !field.showWhen || Object.entries(field.showWhen).every(([name, values]) => values.includes(choices[name] ?? "")),
  );
  const guideKey = (name: string) => `${id}.${choices[name]}`;
  // Where the secrets go, as typed: moving it to another origin makes every stored secret required again (the server
  // refuses the save otherwise). An emptied field falls back to the stored default, so it counts as unchanged.
  const [destinations, setDestinations] = useState<Record<string, string>>({});
  const movedDestinations = changedDestinations(
    visible.filter((field) => destinations[field.name]?.trim()),
    integration.settings,
    destinations,
  );
  const mustReenter = movedDestinations.length > 0;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(toBody(new FormData(event.currentTarget), visible, syncKinds), {
      onError: () =>
        requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus()),
    });
  }

  return (
    <form
      ref={formRef}
      // Remounting after each save clears the secret inputs and shows the new masked values.
      key={integration.updated_at ?? "new"}
      onSubmit={submit}
      // The API's own rules answer in the console's language beside each field; no browser bubbles.
      noValidate
      aria-label={t("label", { name: integration.display_name })}
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <fieldset disabled={!canEdit || save.isPending} className="contents">
        <Section title={t("activation")}>
          <ActivationSwitch
            name="is_active"
            label={t("isActive")}
            description={t("isActiveHint")}
            defaultChecked={integration.is_active}
          />
        </Section>
        <Section title={t("credentials")} description={t("credentialsHint")}>
          {mustReenter && (
            <p
              role="status"
              data-testid="secrets-follow-url"
              className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
            >
              {t("secretsFollowUrl")}
            </p>
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            {visible.map((field) => (
              <div key={field.name} className={field.options ? "sm:col-span-2" : undefined}>
                <CredentialFieldInput
                  field={field}
                  value={integration.settings[field.name]}
                  maskedSecret={integration.secrets[field.name]}
                  error={errors[field.name]}
                  onChoose={(value) => setChoices((current) => ({ ...current, [field.name]: value }))}
                  onValueChange={
                    isSecretDestination(field)
                      ? (value) => setDestinations((current) => ({ ...current, [field.name]: value }))
                      : undefined
                  }
                  mustReenter={mustReenter && !field.generated}
                />
                {field.options && tGuides.has(guideKey(field.name)) && (
                  <p className="mt-2 text-sm text-slate-600" data-testid={`guide-${field.name}`}>
                    {tGuides(guideKey(field.name))}
                  </p>
                )}
              </div>
            ))}
          </div>
        </Section>
        <Section title={t("syncFrequency")} description={t("syncFrequencyHint")}>
          <SyncFrequencyFields kinds={syncKinds} minutes={integration.sync_minutes} errors={errors} />
        </Section>
      </fieldset>
      <div className="flex flex-wrap items-center justify-end gap-4 rounded-b-lg border-t border-slate-200 bg-slate-50 px-6 py-4">
        {!canEdit && (
          <p id="viewer-notice" data-testid="viewer-notice" className="mr-auto text-sm text-slate-600">
            {t("viewerNotice")}
          </p>
        )}
        {errors[""] && (
          <p role="alert" className="mr-auto text-sm text-red-600">
            {errors[""]}
          </p>
        )}
        <Button
          type="submit"
          disabled={!canEdit}
          isPending={save.isPending}
          aria-describedby={canEdit ? undefined : "viewer-notice"}
        >
          {save.isPending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
