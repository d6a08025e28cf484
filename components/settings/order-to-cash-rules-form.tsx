"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import type { OrderToCashRules } from "@/lib/order-to-cash/rules";

const SHIPMENT_ON = ["manual", "imported", "paid"] as const;
const INVOICE_ON = ["manual", "paid", "delivered"] as const;

/** /settings/order-to-cash: when the Aras shipment and the Luca invoice are made by themselves, and what goes back. */
export function OrderToCashRulesForm({ initial }: { initial: OrderToCashRules }) {
  const t = useTranslations("orderToCash.settings");
  const errorMessage = useApiErrorMessage();
  const [rules, setRules] = useState(initial);
  const save = useMutation({
    mutationFn: (body: OrderToCashRules) =>
      fetchJson<OrderToCashRules>("/api/settings/order-to-cash", { method: "PUT", body }),
    onSuccess: setRules,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(rules);
  };
  const set = <K extends keyof OrderToCashRules>(key: K, value: OrderToCashRules[K]) => {
    save.reset();
    setRules((current) => ({ ...current, [key]: value }));
  };

  return (
    <form onSubmit={submit} className="max-w-xl space-y-5" data-testid="order-to-cash-rules">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      </div>
      <SelectField
        label={t("shipmentOn")}
        name="shipment_on"
        value={rules.shipment_on}
        onChange={(event) => set("shipment_on", event.target.value as OrderToCashRules["shipment_on"])}
      >
        {SHIPMENT_ON.map((value) => (
          <option key={value} value={value}>
            {t(`shipmentOnOptions.${value}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("invoiceOn")}
        name="invoice_on"
        value={rules.invoice_on}
        onChange={(event) => set("invoice_on", event.target.value as OrderToCashRules["invoice_on"])}
      >
        {INVOICE_ON.map((value) => (
          <option key={value} value={value}>
            {t(`invoiceOnOptions.${value}`)}
          </option>
        ))}
      </SelectField>
      {(["send_tracking_back", "send_invoice_link_back"] as const).map((key) => (
        <label key={key} className="flex items-start gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name={key}
            className="mt-0.5 size-4 rounded border-slate-300"
            checked={rules[key]}
            onChange={(event) => set(key, event.target.checked)}
          />
          <span>{t(key === "send_tracking_back" ? "sendTrackingBack" : "sendInvoiceLinkBack")}</span>
        </label>
      ))}
      <div className="flex items-center gap-3">
        <Button type="submit" isPending={save.isPending}>
          {save.isPending ? t("saving") : t("save")}
        </Button>
        <p aria-live="polite" className="text-sm">
          {save.isSuccess && <span className="text-emerald-700">{t("saved")}</span>}
          {save.isError && <span className="text-red-700">{errorMessage(save.error)}</span>}
        </p>
      </div>
    </form>
  );
}
