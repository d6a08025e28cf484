"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { MarketplaceError } from "./marketplace-error";
import { orderQuery } from "./order-queries";

const ACTIONS = ["picking", "invoiced", "unsupplied", "shipped", "invoice_link"] as const;
type Action = (typeof ACTIONS)[number];
const LABEL_KEYS: Record<Action, string> = {
  picking: "picking",
  invoiced: "invoiced",
  unsupplied: "unsupplied",
  shipped: "alternativeDelivery",
  invoice_link: "invoiceLink",
};
const UNSUPPLIED_REASONS = ["500", "501", "502", "504", "505", "506"] as const;

/** Reports a package step to the marketplace: one step at a time, with the fields that step needs. */
export function PackageActions({ orderId, canEdit }: { orderId: number; canEdit: boolean }) {
  const t = useTranslations("marketplaceUi.package");
  const queryClient = useQueryClient();
  const [action, setAction] = useState<Action>("picking");
  const send = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      fetchJson(`/api/orders/${orderId}/package`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orderQuery(orderId).queryKey }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const body =
      action === "invoiced"
        ? { action, invoiceNumber: text("invoiceNumber") }
        : action === "unsupplied"
          ? { action, reasonId: text("reasonId") }
          : action === "shipped"
            ? form.get("isPhoneNumber") === "on"
              ? { action, trackingNumber: text("trackingInfo") }
              : { action, trackingNumber: text("trackingInfo"), trackingUrl: text("trackingInfo") }
            : action === "invoice_link"
              ? { action, invoiceLink: text("invoiceLink"), invoiceNumber: text("invoiceNumber") || undefined }
              : { action };
    send.mutate(body);
  }

  return (
    <form onSubmit={submit} className="space-y-3 px-6 pb-5" data-testid="package-actions">
      <p className="text-sm text-slate-600">{t("description")}</p>
      <SelectField
        label={t("title")}
        name="action"
        value={action}
        onChange={(event) => {
          setAction(event.target.value as Action);
          send.reset();
        }}
        disabled={!canEdit}
      >
        {ACTIONS.map((value) => (
          <option key={value} value={value}>
            {t(LABEL_KEYS[value])}
          </option>
        ))}
      </SelectField>
      {(action === "invoiced" || action === "invoice_link") && (
        <TextField label={t("invoiceNumber")} name="invoiceNumber" required={action === "invoiced"} maxLength={64} />
      )}
      {action === "invoice_link" && <TextField label={t("invoiceLinkUrl")} name="invoiceLink" type="url" required />}
      {action === "unsupplied" && (
        <SelectField label={t("reason")} name="reasonId" defaultValue="500">
          {UNSUPPLIED_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {t(`reasons.${reason}`)}
            </option>
          ))}
        </SelectField>
      )}
      {action === "shipped" && (
        <>
          <TextField label={t("trackingInfo")} name="trackingInfo" required maxLength={500} />
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name="isPhoneNumber" /> {t("isPhoneNumber")}
          </label>
        </>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="submit"
          isPending={send.isPending}
          disabled={!canEdit}
          title={canEdit ? undefined : t("viewerOnly")}
        >
          {t("send")}
        </Button>
        <div aria-live="polite">
          {send.isSuccess && (
            <p role="status" className="text-sm font-medium text-emerald-700">
              {t("done")}
            </p>
          )}
          {send.isError && <MarketplaceError error={send.error} />}
        </div>
      </div>
    </form>
  );
}
