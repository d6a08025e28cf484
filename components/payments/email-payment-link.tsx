"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError, fetchJson, issuesByField } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { LOCALES, type Locale } from "@/lib/i18n/config";

/** "Send by e-mail" on a new payment link: the buyer's address prefilled, the message's language, sent through SMTP. */
export function EmailPaymentLink({ linkId, buyerEmail }: { linkId: string; buyerEmail: string | null }) {
  const t = useTranslations("payments.request");
  const toErrorMessage = useApiErrorMessage();
  const uiLocale = useLocale();
  const [isOpen, setIsOpen] = useState(false);
  const [to, setTo] = useState(buyerEmail ?? "");
  const [locale, setLocale] = useState<Locale>(uiLocale === "en" ? "en" : "tr");
  const send = useMutation({
    mutationFn: () =>
      fetchJson<{ sentTo: string }>(`/api/payments/links/${encodeURIComponent(linkId)}/email`, {
        body: { to: to.trim(), locale },
      }),
    onSuccess: () => setIsOpen(false),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  const smtpMessage = send.error instanceof ApiError ? send.error.details.smtpMessage : undefined;
  const fieldError = issuesByField(send.error).to;

  return (
    <div className="space-y-2">
      {!isOpen && (
        <Button variant="secondary" size="sm" onClick={() => setIsOpen(true)}>
          {t("email")}
        </Button>
      )}
      {isOpen && (
        <form onSubmit={onSubmit} className="space-y-2 rounded-md border border-slate-200 bg-white p-3" noValidate>
          <div className="grid gap-2 sm:grid-cols-[1fr_auto]">
            <TextField
              label={t("emailTo")}
              type="email"
              autoComplete="off"
              required
              value={to}
              onChange={(e) => setTo(e.target.value)}
              error={fieldError}
              autoFocus
            />
            <SelectField
              label={t("emailLanguage")}
              value={locale}
              onChange={(e) => setLocale(e.target.value as Locale)}
            >
              {LOCALES.map((code) => (
                <option key={code} value={code}>
                  {t(`languages.${code}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="flex gap-2">
            <Button type="submit" size="sm" isPending={send.isPending}>
              {t("emailSend")}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setIsOpen(false)}>
              {t("emailCancel")}
            </Button>
          </div>
          {send.isError && !fieldError && (
            <div role="alert" className="text-sm text-red-700">
              <p>{toErrorMessage(send.error)}</p>
              {typeof smtpMessage === "string" && (
                <p className="mt-1 text-red-600">{t("smtpSaid", { message: smtpMessage })}</p>
              )}
            </div>
          )}
        </form>
      )}
      {send.isSuccess && !isOpen && (
        <p role="status" className="text-sm text-emerald-700">
          {t("emailSent", { to: send.data.sentTo })}
        </p>
      )}
    </div>
  );
}
