"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Td } from "@/components/ui/table";
import { tokensQuery, type TokenRow } from "./settings-queries";

export function TokenRowItem({ token }: { token: TokenRow }) {
  const t = useTranslations("settings.tokens");
  const format = useFormatter();
  const now = useNow();
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const [isConfirming, setIsConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: () => fetchJson<null>(`/api/tokens/${token.id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success(t("revoked", { name: token.name }));
      return queryClient.invalidateQueries({ queryKey: tokensQuery().queryKey });
    },
    onError: (error) => toast.error(toErrorMessage(error)),
    onSettled: () => setIsConfirming(false),
  });
  const when = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : t("never");

  return (
    <tr className={token.revokedAt ? "text-slate-500" : undefined}>
      <Td className="font-medium text-slate-900">{token.name}</Td>
      <Td>
        <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{token.prefix}…</code>
      </Td>
      <Td>
        <Badge tone={token.scope === "admin" ? "info" : token.scope === "operate" ? "success" : "neutral"}>
          {t(`scopes.${token.scope}`)}
        </Badge>
      </Td>
      <Td className="whitespace-nowrap text-xs" data-testid={`token-expiry-${token.id}`}>
        {token.expiresAt === null
          ? t("expiryNever")
          : new Date(token.expiresAt).getTime() <= now.getTime()
            ? t("expiredOn", { date: when(token.expiresAt) })
            : when(token.expiresAt)}
      </Td>
      <Td className="text-xs">{token.ownerEmail}</Td>
      <Td className="whitespace-nowrap text-xs">{when(token.createdAt)}</Td>
      <Td className="whitespace-nowrap text-xs">{when(token.lastUsedAt)}</Td>
      <Td className="text-right">
        {token.revokedAt ? (
          <Badge>{t("revokedBadge")}</Badge>
        ) : (
          <Button variant="dangerGhost" size="sm" onClick={() => setIsConfirming(true)}>
            {t("revoke")}
          </Button>
        )}
        <ConfirmDialog
          isOpen={isConfirming}
          title={t("confirmTitle")}
          message={t("confirmMessage", { name: token.name })}
          confirmLabel={t("revoke")}
          isPending={revoke.isPending}
          onCancel={() => setIsConfirming(false)}
          onConfirm={() => revoke.mutate()}
        />
      </Td>
    </tr>
  );
}
