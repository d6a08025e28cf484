"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { PanelCard } from "@/components/integrations/panel-card";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { IyzicoNotificationState } from "@/lib/payments/iyzico-notification-state";

type Serialized = {
  [K in keyof IyzicoNotificationState]: IyzicoNotificationState[K] extends Date | null
    ? string | null
    : IyzicoNotificationState[K];
};

/** Says plainly whether iyzico signs its notifications yet, and how the merchant gets signing enabled. */
export function IyzicoSignaturePanel({ initial, canEdit }: { initial: Serialized; canEdit: boolean }) {
  const t = useTranslations("payments.notifications");
  const format = useFormatter();
  const toErrorMessage = useApiErrorMessage();
  const [state, setState] = useState(initial);
  const [isConfirming, setConfirming] = useState(false);
  const mark = useMutation({
    mutationFn: () => fetchJson<Serialized>("/api/payments/iyzico/signatures", { method: "POST" }),
    onSuccess: (next) => {
      setState(next);
      setConfirming(false);
    },
  });
  const date = (value: string | null) =>
    value ? format.dateTime(new Date(value), { dateStyle: "medium", timeStyle: "short" }) : "—";

  return (
    <PanelCard title={t("title")} testId="iyzico-signature-panel">
      <div className="space-y-2 text-sm">
        {state.signedSeenAt ? (
          <p className="text-emerald-800">{t("signedSeen", { date: date(state.signedSeenAt) })}</p>
        ) : state.isSignatureRequired ? (
          <p className="text-emerald-800">{t("required")}</p>
        ) : (
          <>
            <p className="text-amber-800">{t("notYet")}</p>
            <p>{t("howTo")}</p>
          </>
        )}
        {state.lastUnsignedAt && (
          <p className="text-slate-500">{t("lastUnsigned", { date: date(state.lastUnsignedAt) })}</p>
        )}
        {mark.isError && (
          <p role="alert" className="text-red-700">
            {toErrorMessage(mark.error)}
          </p>
        )}
        {canEdit && !state.isSignatureRequired && (
          <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
            {t("markEnabled")}
          </Button>
        )}
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t("markEnabled")}
        message={t("markConfirm")}
        confirmLabel={t("markEnabled")}
        isPending={mark.isPending}
        onConfirm={() => mark.mutate()}
        onCancel={() => setConfirming(false)}
      />
    </PanelCard>
  );
}
