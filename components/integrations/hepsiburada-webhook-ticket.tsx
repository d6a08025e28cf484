"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";
import { INPUT_CLASS } from "@/components/ui/input-class";
import { integrationQuery } from "./integration-queries";
import { PanelCard } from "./panel-card";

/** The calls Hepsiburada makes under the registered base URL (fact sheet §7). */
const CALLS = [
  "POST /orders",
  "POST /packages",
  "PUT /packages/{packageNumber}/intransit",
  "PUT /packages/{packageNumber}/deliver",
  "PUT /packages/{packageNumber}/undeliver",
  "PUT /packages/{packageNumber}/unpack",
  "PUT /lineitems/{lineItemId}/cancel",
  "PUT /orders/{orderNumber}/shippingaddress",
  "PUT /claims/awaitingaction | accept | reject",
];

/** Hepsiburada registers webhooks by support ticket: the exact base URL and Basic credentials to send, ready to copy. */
export function HepsiburadaWebhookTicket({ baseUrl }: { baseUrl: string }) {
  const t = useTranslations("hepsiburadaWebhook");
  const { data } = useQuery(integrationQuery("hepsiburada"));
  const username = data?.settings.webhook_username ?? "";
  const masked = data?.secrets.webhook_password ?? null;
  const merchantId = data?.settings.merchant_id ?? "";
  const ticket = t("ticket", { url: baseUrl, username: username || "—", merchantId: merchantId || "—" });
  const row = (label: string, value: string, testId: string) => (
    <div className="flex items-center gap-2">
      <span className="w-40 shrink-0 text-sm text-slate-600">{label}</span>
      <input readOnly value={value} aria-label={label} data-testid={testId} className={`${INPUT_CLASS} font-mono`} />
      <CopyButton value={value} />
    </div>
  );
  return (
    <PanelCard title={t("title")} description={t("description")} testId="hepsiburada-webhook-ticket">
      <div className="space-y-3">
        {row(t("baseUrl"), baseUrl, "webhook-url")}
        {username && masked ? (
          <>
            {row(t("username"), username, "webhook-username")}
            <p className="text-sm text-slate-600">
              <span className="inline-block w-40">{t("password")}</span>
              {t("passwordStored", { masked })}
            </p>
          </>
        ) : (
          <p role="status" className="text-sm text-amber-700">
            {t("notSet")}
          </p>
        )}
        <div>
          <p className="text-sm font-medium text-slate-700">{t("paths")}</p>
          <ul className="mt-1 list-inside list-disc font-mono text-xs text-slate-600">
            {CALLS.map((call) => (
              <li key={call}>{call}</li>
            ))}
          </ul>
        </div>
        <div>
          <div className="flex items-center justify-between">
            <p className="text-sm font-medium text-slate-700">{t("ticketText")}</p>
            <CopyButton value={ticket} />
          </div>
          <pre
            data-testid="webhook-ticket"
            className="mt-1 rounded bg-slate-50 p-3 text-xs whitespace-pre-wrap text-slate-800"
          >
            {ticket}
          </pre>
        </div>
      </div>
    </PanelCard>
  );
}
