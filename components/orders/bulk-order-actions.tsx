"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import type { OrderSummary } from "./order-types";

type BulkAction = "shipments" | "invoices";
type BulkResult = { id: number; number: string; outcome: "done" | "existing" | "failed"; message?: string };

/**
 * Creates shipments or issues invoices for the selected orders, one order after another (each through the same
 * idempotent step as the order page), with a progress bar and each order's result.
 */
export function BulkOrderActions({ selected, onDone }: { selected: OrderSummary[]; onDone: () => void }) {
  const t = useTranslations("orderToCash.bulk");
  const toMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const [running, setRunning] = useState<{ action: BulkAction; total: number } | null>(null);
  const [results, setResults] = useState<BulkResult[]>([]);

  async function run(action: BulkAction) {
    const orders = [...selected];
    setRunning({ action, total: orders.length });
    setResults([]);
    for (const order of orders) {
      let result: BulkResult;
      try {
        const answer = await fetchJson<{ outcome?: string }>(
          action === "shipments" ? `/api/orders/${order.id}/shipments` : `/api/orders/${order.id}/invoice`,
          { method: "POST", body: action === "shipments" ? { provider: "aras" } : {} },
        );
        const existing = answer.outcome === "existing";
        result = { id: order.id, number: order.remoteOrderNumber, outcome: existing ? "existing" : "done" };
      } catch (error) {
        result = { id: order.id, number: order.remoteOrderNumber, outcome: "failed", message: toMessage(error) };
      }
      setResults((current) => [...current, result]);
    }
    setRunning(null);
    void queryClient.invalidateQueries({ queryKey: ["orders"] });
  }

  const total = running?.total ?? results.length;
  return (
    <div className="mb-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="bulk-actions">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-slate-700">{t("selected", { count: selected.length })}</span>
        <Button
          size="sm"
          disabled={selected.length === 0 || running !== null}
          isPending={running?.action === "shipments"}
          onClick={() => void run("shipments")}
        >
          {t("createShipments")}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={selected.length === 0 || running !== null}
          isPending={running?.action === "invoices"}
          onClick={() => void run("invoices")}
        >
          {t("issueInvoices")}
        </Button>
      </div>
      {total > 0 && (
        <div className="space-y-2">
          <progress
            className="h-2 w-full"
            max={total}
            value={results.length}
            aria-label={t("progress", { done: results.length, total })}
          />
          <p className="text-xs text-slate-600" aria-live="polite">
            {t("progress", { done: results.length, total })}
          </p>
          <ul className="max-h-60 space-y-1 overflow-auto text-sm" aria-label={t("results")} data-testid="bulk-results">
            {results.map((result) => (
              <li key={result.id} data-testid={`bulk-result-${result.number}`} data-outcome={result.outcome}>
                <span className="font-medium">{result.number}</span>{" "}
                <span className={result.outcome === "failed" ? "text-red-700" : "text-emerald-700"}>
                  {t(result.outcome)}
                </span>
                {result.message && <span className="text-red-700"> — {result.message}</span>}
              </li>
            ))}
          </ul>
          {!running && (
            <Button size="sm" variant="ghost" onClick={() => (setResults([]), onDone())}>
              {t("close")}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
