"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { fetchJson, issuesByField } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS, SELECT_CLASS } from "@/components/ui/input-class";
import { TextField } from "@/components/ui/text-field";
import type { AlertSettingsView } from "@/lib/alerts/alert-settings";
import type { AlertDelivery, ChannelResult } from "@/lib/alerts/send-alert";

export function AlertSettingsForm({ initial }: { initial: AlertSettingsView }) {
  const t = useTranslations("alertSettings");
  const errorMessage = useApiErrorMessage();
  const [settings, setSettings] = useState(initial);
  const [emails, setEmails] = useState(initial.emails.join("\n"));
  const [slackUrl, setSlackUrl] = useState("");
  const [removeSlack, setRemoveSlack] = useState(false);
  const [numbers, setNumbers] = useState({
    consecutive_failures: String(initial.consecutive_failures),
    degraded_after_minutes: String(initial.degraded_after_minutes),
    stuck_after_minutes: String(initial.stuck_after_minutes),
  });
  const [locale, setLocale] = useState(initial.locale);
  const [pending, setPending] = useState<"save" | "test" | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const describe = (result: ChannelResult) =>
    typeof result === "string" ? t(`result.${result}`) : t("result.failed", { error: result.error });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setPending("save");
    setStatus(null);
    setError(null);
    setFieldErrors({});
    try {
      const saved = await fetchJson<AlertSettingsView>("/api/settings/alerts", {
        method: "PUT",
        body: {
          emails: emails.split(/[\s,;]+/).filter(Boolean),
          ...(removeSlack
            ? { slack_webhook_url: null }
            : slackUrl.trim()
              ? { slack_webhook_url: slackUrl.trim() }
              : {}),
          consecutive_failures: Number(numbers.consecutive_failures),
          degraded_after_minutes: Number(numbers.degraded_after_minutes),
          stuck_after_minutes: Number(numbers.stuck_after_minutes),
          locale,
        },
      });
      setSettings(saved);
      setSlackUrl("");
      setRemoveSlack(false);
      setStatus(t("saved"));
    } catch (caught) {
      setFieldErrors(issuesByField(caught));
      setError(errorMessage(caught));
    } finally {
      setPending(null);
    }
  };

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

  const numberField = (name: keyof typeof numbers, label: string, min: number) => (
    <TextField
      label={label}
      type="number"
      min={min}
      required
      value={numbers[name]}
      error={fieldErrors[name]}
      onChange={(event) => setNumbers({ ...numbers, [name]: event.target.value })}
    />
  );

  return (
    <form onSubmit={(event) => void save(event)} className="max-w-2xl space-y-5" aria-describedby="alerts-description">
      <p id="alerts-description" className="text-sm text-slate-600">
        {t("description")}
      </p>
      <div>
        <label htmlFor="alert-emails" className="mb-1 block text-sm font-medium text-slate-700">
          {t("emails")}
        </label>
        <textarea
          id="alert-emails"
          name="emails"
          rows={3}
          value={emails}
          onChange={(event) => setEmails(event.target.value)}
          aria-describedby="alert-emails-hint"
          aria-invalid={fieldErrors.emails ? true : undefined}
          className={INPUT_CLASS}
        />
        <p id="alert-emails-hint" className="mt-1 text-xs text-slate-500">
          {fieldErrors.emails ?? t("emailsHint")}
        </p>
      </div>
      <TextField
        label={t("slack")}
        type="url"
        name="slack_webhook_url"
        autoComplete="off"
        value={slackUrl}
        disabled={removeSlack}
        error={fieldErrors.slack_webhook_url}
        hint={
          settings.slack_webhook_url
            ? `${t("slackSet", { hint: settings.slack_webhook_url })} ${t("slackHint")}`
            : undefined
        }
        onChange={(event) => setSlackUrl(event.target.value)}
      />
      {settings.slack_webhook_url && (
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={removeSlack} onChange={(event) => setRemoveSlack(event.target.checked)} />
          {t("slackRemove")}
        </label>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        {numberField("consecutive_failures", t("consecutive"), 1)}
        {numberField("degraded_after_minutes", t("degraded"), 0)}
        {numberField("stuck_after_minutes", t("stuck"), 1)}
      </div>
      <div>
        <label htmlFor="alert-locale" className="mb-1 block text-sm font-medium text-slate-700">
          {t("locale")}
        </label>
        <select
          id="alert-locale"
          value={locale}
          onChange={(event) => setLocale(event.target.value as AlertSettingsView["locale"])}
          className={`${SELECT_CLASS} max-w-48`}
        >
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
