"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { fetchJson, issuesByField } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { useZodResolver } from "@/components/forms/use-zod-resolver";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS, SELECT_CLASS } from "@/components/ui/input-class";
import { TextField } from "@/components/ui/text-field";
import type { AlertSettingsView } from "@/lib/alerts/alert-settings";
import { alertSettingsSchema } from "@/lib/alerts/alert-settings-schema";
import type { AlertDelivery, ChannelResult } from "@/lib/alerts/send-alert";

const shape = alertSettingsSchema.shape;
const wholeNumber = (schema: z.ZodNumber) =>
  z
    .string()
    .trim()
    .min(1)
    .transform((text) => Number(text))
    .pipe(schema);
// The API's own rules, read from what the form holds as text.
const alertFormSchema = z.object({
  emails: z
    .string()
    .transform((text) => text.split(/[\s,;]+/).filter(Boolean))
    .pipe(shape.emails),
  // The API's URL rule or empty (keep the stored one); removing is the checkbox.
  slack_webhook_url: z
    .string()
    .trim()
    .pipe(z.union([shape.slack_webhook_url.unwrap().options[0], z.literal("")])),
  remove_slack: z.boolean(),
  consecutive_failures: wholeNumber(shape.consecutive_failures.unwrap()),
  degraded_after_minutes: wholeNumber(shape.degraded_after_minutes.unwrap()),
  stuck_after_minutes: wholeNumber(shape.stuck_after_minutes.unwrap()),
  locale: shape.locale.unwrap(),
});
type AlertFormInput = z.input<typeof alertFormSchema>;

const toForm = (view: AlertSettingsView): AlertFormInput => ({
  emails: view.emails.join("\n"),
  slack_webhook_url: "",
  remove_slack: false,
  consecutive_failures: String(view.consecutive_failures),
  degraded_after_minutes: String(view.degraded_after_minutes),
  stuck_after_minutes: String(view.stuck_after_minutes),
  locale: view.locale,
});

export function AlertSettingsForm({ initial }: { initial: AlertSettingsView }) {
  const t = useTranslations("alertSettings");
  const errorMessage = useApiErrorMessage();
  const [settings, setSettings] = useState(initial);
  const [pending, setPending] = useState<"save" | "test" | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<AlertFormInput, unknown, z.output<typeof alertFormSchema>>({
    resolver: useZodResolver(alertFormSchema),
    defaultValues: toForm(initial),
  });
  const fieldErrors = form.formState.errors;
  const removeSlack = useWatch({ control: form.control, name: "remove_slack" });

  const describe = (result: ChannelResult) =>
    typeof result === "string" ? t(`result.${result}`) : t("result.failed", { error: result.error });

  const save = form.handleSubmit(async (values) => {
    setPending("save");
    setStatus(null);
    setError(null);
    try {
      const saved = await fetchJson<AlertSettingsView>("/api/settings/alerts", {
        method: "PUT",
        body: {
          emails: values.emails,
          ...(values.remove_slack
            ? { slack_webhook_url: null }
            : values.slack_webhook_url
              ? { slack_webhook_url: values.slack_webhook_url }
              : {}),
          consecutive_failures: values.consecutive_failures,
          degraded_after_minutes: values.degraded_after_minutes,
          stuck_after_minutes: values.stuck_after_minutes,
          locale: values.locale,
        },
      });
      setSettings(saved);
      form.reset(toForm(saved));
      setStatus(t("saved"));
    } catch (caught) {
      for (const [field, message] of Object.entries(issuesByField(caught)))
        form.setError(field as keyof AlertFormInput, { type: "server", message });
      setError(errorMessage(caught));
    } finally {
      setPending(null);
    }
  });

  const sendTest = async () => {
    setPending("test");
    setStatus(null);
    setError(null);
    try {
      const delivery = await fetchJson<AlertDelivery>("/api/settings/alerts/test", { method: "POST", body: {} });
      setStatus(t("testResult", { email: describe(delivery.email), slack: describe(delivery.slack) }));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setPending(null);
    }
  };

  const numberField = (
    name: "consecutive_failures" | "degraded_after_minutes" | "stuck_after_minutes",
    label: string,
  ) => (
    <TextField
      label={label}
      inputMode="numeric"
      aria-required
      error={fieldErrors[name]?.message}
      {...form.register(name)}
    />
  );

  return (
    <form
      noValidate
      onSubmit={(event) => void save(event)}
      className="max-w-2xl space-y-5"
      aria-describedby="alerts-description"
    >
      <p id="alerts-description" className="text-sm text-slate-600">
        {t("description")}
      </p>
      <div>
        <label htmlFor="alert-emails" className="mb-1 block text-sm font-medium text-slate-700">
          {t("emails")}
        </label>
        <textarea
          id="alert-emails"
          rows={3}
          aria-describedby="alert-emails-hint"
          aria-invalid={fieldErrors.emails ? true : undefined}
          className={INPUT_CLASS}
          {...form.register("emails")}
        />
        <p
          id="alert-emails-hint"
          role={fieldErrors.emails ? "alert" : undefined}
          className={`mt-1 text-xs ${fieldErrors.emails ? "font-medium text-red-600" : "text-slate-500"}`}
        >
          {fieldErrors.emails?.message ?? t("emailsHint")}
        </p>
      </div>
      <TextField
        label={t("slack")}
        type="url"
        autoComplete="off"
        disabled={removeSlack}
        error={fieldErrors.slack_webhook_url?.message}
        hint={
          settings.slack_webhook_url
            ? `${t("slackSet", { hint: settings.slack_webhook_url })} ${t("slackHint")}`
            : undefined
        }
        {...form.register("slack_webhook_url")}
      />
      {settings.slack_webhook_url && (
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" {...form.register("remove_slack")} />
          {t("slackRemove")}
        </label>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        {numberField("consecutive_failures", t("consecutive"))}
        {numberField("degraded_after_minutes", t("degraded"))}
        {numberField("stuck_after_minutes", t("stuck"))}
      </div>
      <div>
        <label htmlFor="alert-locale" className="mb-1 block text-sm font-medium text-slate-700">
          {t("locale")}
        </label>
        <select id="alert-locale" {...form.register("locale")} className={`${SELECT_CLASS} max-w-48`}>
          <option value="tr">Türkçe</option>
          <option value="en">English</option>
        </select>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" isPending={pending === "save"} disabled={pending !== null}>
          {t("save")}
        </Button>
        <Button
          variant="secondary"
          onClick={() => void sendTest()}
          isPending={pending === "test"}
          disabled={pending !== null}
        >
          {t("test")}
        </Button>
      </div>
      {status && (
        <p role="status" className="text-sm text-emerald-700">
          {status}
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm font-medium text-red-600">
          {error}
        </p>
      )}
    </form>
  );
}
