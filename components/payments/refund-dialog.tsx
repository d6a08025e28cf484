"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { fromMinorUnits, toMinorUnits } from "@/lib/payments/currency";
import { useFormatMinor } from "./use-format-minor";

type RefundDialogProps = { paymentId: number; remainingMinor: number; currency: string; onClose: () => void };

/**
 * Two steps: the amount (default: all that is left), then a confirmation that shows it in the reader's format. The
 * attempt key is made when the dialog opens, so a retry of the same confirmation never refunds twice.
 */
export function RefundDialog({ paymentId, remainingMinor, currency, onClose }: RefundDialogProps) {
  const t = useTranslations("payments.refund");
  const format = useFormatMinor();
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const [attempt] = useState(() => crypto.randomUUID());
  const [text, setText] = useState(fromMinorUnits(remainingMinor, currency));
  const [confirming, setConfirming] = useState<number | null>(null);
  const amount = toMinorUnits(text.replace(",", "."), currency);
  const inputError =
    amount === null
      ? t("invalidAmount")
      : amount > remainingMinor
        ? t("tooMuch", { remaining: format(remainingMinor, currency) })
        : undefined;

  const refund = useMutation({
    mutationFn: (minor: number) => fetchJson(`/api/payments/${paymentId}/refund`, { body: { amount: minor, attempt } }),
    onSuccess: async () => {
      toast.success(t("done"));
      await queryClient.invalidateQueries({ queryKey: ["payments"] });
      onClose();
    },
  });

  return (
    <Dialog
      isOpen
      onClose={onClose}
      title={t("title")}
      description={t("remaining", { amount: format(remainingMinor, currency) })}
    >
      {confirming === null ? (
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (amount !== null && !inputError) setConfirming(amount);
          }}
        >
          <TextField
            label={t("amount", { currency })}
            inputMode="decimal"
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={text ? inputError : undefined}
            autoFocus
          />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={onClose}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={Boolean(inputError)}>
              {t("continue")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="space-y-4">
          <p data-testid="refund-confirm-text">{t("confirm", { amount: format(confirming, currency) })}</p>
          {refund.isError && (
            <p role="alert" className="text-sm text-red-700">
              {toErrorMessage(refund.error)}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(null)} disabled={refund.isPending}>
              {t("back")}
            </Button>
            <Button variant="danger" isPending={refund.isPending} onClick={() => refund.mutate(confirming)}>
              {t("submit", { amount: format(confirming, currency) })}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
