import type { Db } from "@/db/client";
import { getEnv } from "@/lib/env";
import { AppError, ProviderError } from "@/lib/errors";
import { issueOrderInvoice } from "@/lib/invoices/issue-order-invoice";
import { loadOrderWithAdapter, unsupported } from "@/lib/orders/marketplace-for-order";
import { toOperationError } from "@/lib/orders/operation-error";
import type { PackageStatusUpdate } from "@/lib/providers/marketplace";
import { createOrderShipment } from "@/lib/shipments/create-order-shipment";
import type { SyncDeps } from "@/lib/sync/sync-deps";
import { loadOrderState, type OrderState } from "./order-state";
import { runOrderStep, type StepRunOutcome } from "./step-run";

/** The steps Köprü performs (and so can retry); `delivered` and `accounting_posted` are observed. */
export const ACTION_STEPS = ["shipment_created", "tracking_sent", "invoice_issued", "invoice_link_sent"] as const;
export type ActionStep = (typeof ACTION_STEPS)[number];

export type OrderToCashDeps = SyncDeps & { publicUrl?: string };

const CARGO_COMPANY = "Aras Kargo";

/** Where buyers and marketplaces reach Köprü; the invoice link points there. */
function publicBase(deps: OrderToCashDeps): string {
  const base = deps.publicUrl ?? getEnv().KOPRU_PUBLIC_URL ?? getEnv().NEXTAUTH_URL;
  if (!base)
    throw new AppError("invalid_input", "Set KOPRU_PUBLIC_URL so the invoice link can point at Köprü", {
      messageKey: "orderToCash.errors.public_url_missing",
    });
  return base.replace(/\/+$/, "");
}

export const invoiceLinkFor = (ettn: string, deps: OrderToCashDeps) =>
  `${publicBase(deps)}/api/invoices/${encodeURIComponent(ettn)}/pdf`;

const missing = (what: "waybill" | "invoice") =>
  new AppError("conflict", what === "waybill" ? "Aras has not cut the waybill yet" : "The invoice is not issued yet", {
    messageKey: `orderToCash.errors.no_${what}`,
  });

function trackingUpdate(state: OrderState): PackageStatusUpdate {
  const { order, shipment } = state;
  if (!shipment?.trackingNumber) throw missing("waybill");
  const lines = order.lines
    .filter((line) => line.lineId)
    .map((line) => ({ lineId: line.lineId!, quantity: line.quantity }));
  return {
    packageId: order.packageId,
    lines,
    status: "shipped",
    trackingNumber: shipment.trackingNumber,
    trackingUrl: shipment.trackingUrl ?? undefined,
    cargoCompany: CARGO_COMPANY,
  };
}

/** What each action step would send now, computed from stored data only: nothing is sent. */
export async function previewStep(db: Db, state: OrderState, step: ActionStep, deps: OrderToCashDeps = {}) {
  const { order } = state;
  switch (step) {
    case "shipment_created": {
      const dry = await createOrderShipment({
        db,
        orderId: order.id,
        carrier: "aras",
        dryRun: true,
        codAmountMinor: state.paid ? undefined : order.totalKurus,
      });
      return dry.dryRun ? { provider: "aras", operation: "SetOrder", body: dry.request } : null;
    }
    case "tracking_sent":
      return { provider: order.integrationId, operation: "updatePackageStatus", body: trackingUpdate(state) };
    case "invoice_issued": {
      const dry = await issueOrderInvoice({ db, orderId: order.id, dryRun: true });
      return dry.dryRun ? { provider: "luca", operation: "invoice", body: dry.request } : null;
    }
    case "invoice_link_sent": {
      if (state.invoice?.status !== "issued") throw missing("invoice");
      return {
        provider: order.integrationId,
        operation: "sendInvoiceLink",
        body: {
          packageId: order.packageId,
          invoiceUrl: invoiceLinkFor(state.invoice.ettn, deps),
          invoiceNumber: state.invoice.invoiceNumber ?? undefined,
        },
      };
    }
  }
}

/**
 * Performs one action step for an order, once: the step's row is claimed first, and the provider call underneath looks
 * its stable key up before it creates (Aras IntegrationCode, Koza belgeTakipNo, ETTN), so a replay sends nothing twice.
 */
export async function performStep(options: {
  db: Db;
  orderId: number;
  step: ActionStep;
  trigger: string;
  deps?: OrderToCashDeps;
}): Promise<StepRunOutcome> {
  const { db, orderId, step, trigger, deps = {} } = options;
  const state = await loadOrderState(db, orderId);
  return runOrderStep({
    db,
    orderId,
    step,
    trigger,
    now: deps.now?.(),
    work: async (record) => {
      const preview = await previewStep(db, state, step, deps);
      await record(preview);
      switch (step) {
        case "shipment_created": {
          const result = await createOrderShipment({
            db,
            orderId,
            carrier: "aras",
            deps,
            codAmountMinor: state.paid ? undefined : state.order.totalKurus,
          });
          if (result.dryRun) throw new Error("unreachable");
          return { reference: result.shipment.integrationCode };
        }
        case "invoice_issued": {
          const result = await issueOrderInvoice({ db, orderId, deps });
          if (result.dryRun) throw new Error("unreachable");
          if (result.outcome === "in_progress")
            throw new AppError("conflict", "Another run is issuing this invoice now", {
              messageKey: "orderToCash.errors.invoice_in_progress",
            });
          return { reference: result.invoice.invoiceNumber ?? result.invoice.ettn };
        }
        case "tracking_sent": {
          const update = preview!.body as PackageStatusUpdate;
          const { order, adapter } = await loadOrderWithAdapter({ db, orderId, deps });
          if (!adapter.updatePackageStatus || !adapter.packageStatuses?.includes("shipped")) throw unsupported(order);
          try {
            await adapter.updatePackageStatus(update);
          } catch (error) {
            if (error instanceof ProviderError) throw toOperationError(error, order.integrationId);
            throw error;
          }
          return { reference: update.status === "shipped" ? update.trackingNumber : null };
        }
        case "invoice_link_sent": {
          const body = preview!.body as { packageId: string; invoiceUrl: string; invoiceNumber?: string };
          const { order, adapter } = await loadOrderWithAdapter({ db, orderId, deps });
          if (!adapter.sendInvoiceLink) throw unsupported(order);
          try {
            await adapter.sendInvoiceLink(body);
          } catch (error) {
            // The marketplace already holds this package's invoice link: an earlier attempt got through.
            if (error instanceof ProviderError && error.status === 409) return { reference: body.invoiceUrl };
            if (error instanceof ProviderError) throw toOperationError(error, order.integrationId);
            throw error;
          }
          return { reference: body.invoiceUrl };
        }
      }
    },
  });
}
