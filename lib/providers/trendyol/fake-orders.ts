import { z } from "zod";
import { FAKE_CLAIM_ISSUE_REASONS, generateOrders, pageOf, readPaging, withOldNames } from "./fake-data";
import type { FakePackage } from "./fake-data";
import type { FakeContext, Reply, Route } from "./fake-server";
import {
  alternativeDeliveryBodySchema,
  claimApproveBodySchema,
  invoiceLinkBodySchema,
  packageStatusBodySchema,
  unsuppliedBodySchema,
} from "./wire";

const DAY_MS = 24 * 60 * 60 * 1000;
const WINDOW_MAX_MS = 14 * DAY_MS;
const V2_LOOKBACK_MS = 30 * DAY_MS;
const STREAM_LOOKBACK_MS = 90 * DAY_MS;
const V2_MAX_RECORDS = 10_000;
const UNSUPPLIED_REASONS = new Set([500, 501, 502, 504, 505, 506]);
const INVOICE_NUMBER = /^[A-Za-z0-9]{3}20[2-9]\d\d{9}$/;

export type FakeClaim = {
  claimId: string;
  orderNumber: string;
  orderShipmentPackageId: number;
  orderDate: number;
  claimDate: number;
  lastModifiedDate: number;
  cargoProviderName: string;
  items: {
    orderLine: { lineId: number; barcode: string; productName: string; merchantSku: string; lineUnitPrice: number };
    claimItems: {
      id: string;
      orderLineItemId: number;
      claimItemStatus: { name: string };
      customerClaimItemReason: { id: number; name: string; code: string };
      customerNote: string;
      note: string | null;
    }[];
  }[];
};

export function createOrderRoutes({ options, state, now, fail, touch }: FakeContext) {
  const wire = (pkg: FakePackage) => (options.emitOldNames ? { ...pkg, ...withOldNames(pkg) } : pkg);
  const byId = (id: string) => state.packages.find((pkg) => String(pkg.shipmentPackageId) === id);
  let nextClaim = 1;

  function readWindow(url: URL, startName: string, endName: string, lookbackMs: number) {
    const end = Number(url.searchParams.get(endName) ?? now());
    const start = Number(url.searchParams.get(startName) ?? end - WINDOW_MAX_MS);
    if (!Number.isFinite(start) || !Number.isFinite(end) || start > end) return "Geçersiz tarih aralığı";
    if (end - start > WINDOW_MAX_MS) return "Tarih aralığı en fazla 2 hafta olabilir";
    if (start < now() - lookbackMs) return `En fazla ${Math.round(lookbackMs / DAY_MS)} gün geriye gidilebilir`;
    return { start, end };
  }

  function listV2(url: URL): Reply {
    const paging = readPaging(url, 200, 200);
    if (typeof paging === "string") return fail(400, paging, "paging");
    const window = readWindow(url, "startDate", "endDate", V2_LOOKBACK_MS);
    if (typeof window === "string") return fail(400, window, "date.range");
    if (paging.page * paging.size >= V2_MAX_RECORDS)
      return fail(400, "Bir filtre için en fazla 10000 kayıt alınabilir; tarih aralığını daraltın", "max.records");
    const ids = url.searchParams.get("shipmentPackageIds")?.split(",").filter(Boolean);
    if (ids && ids.length > 50) return fail(400, "En fazla 50 paket id'si gönderilebilir", "package.ids");
    const orderNumber = url.searchParams.get("orderNumber");
    const status = url.searchParams.get("status");
    const byCreation = url.searchParams.get("orderByField") === "CreatedDate";
    const direction = url.searchParams.get("orderByDirection") === "DESC" ? -1 : 1;
    // [?] Whether the dates filter creation or modification is unconfirmed; the fake filters modification.
    const matches = state.packages
      .filter(
        (pkg) =>
          pkg.lastModifiedDate >= window.start &&
          pkg.lastModifiedDate <= window.end &&
          (!orderNumber || pkg.orderNumber === orderNumber) &&
          (!status || pkg.status === status) &&
          (!ids || ids.includes(String(pkg.shipmentPackageId))),
      )
      .sort((a, b) => {
        const key = byCreation ? a.orderDate - b.orderDate : a.lastModifiedDate - b.lastModifiedDate;
        return direction * (key || a.shipmentPackageId - b.shipmentPackageId);
      });
    const capped = matches.slice(0, V2_MAX_RECORDS);
    return {
      status: 200,
      body: {
        ...pageOf(capped, paging.page, paging.size),
        content: capped.slice(paging.page * paging.size, (paging.page + 1) * paging.size).map(wire),
      },
    };
  }

  /** Keyset cursor over (lastModifiedDate, id) DESC, tied to the filter it was issued for. */
  function stream(url: URL): Reply {
    const size = Number(url.searchParams.get("size") ?? 50);
    if (!Number.isInteger(size) || size < 1 || size > 200)
      return fail(400, "size 1 ile 200 arasında olmalıdır", "paging");
    const window = readWindow(url, "lastModifiedStartDate", "lastModifiedEndDate", STREAM_LOOKBACK_MS);
    if (typeof window === "string") return fail(400, window, "date.range");
    const statuses = url.searchParams.get("packageItemStatuses")?.split(",").filter(Boolean);
    const filter = `${url.searchParams.get("lastModifiedStartDate")}|${url.searchParams.get("lastModifiedEndDate")}|${statuses?.join(",") ?? ""}`;
    let after: { lm: number; id: number } | null = null;
    const cursor = url.searchParams.get("nextCursor");
    if (cursor) {
      try {
        const decoded = JSON.parse(Buffer.from(cursor, "base64url").toString()) as {
          f: string;
          lm: number;
          id: number;
        };
        if (decoded.f !== filter) return fail(400, "Cursor farklı filtrelerle kullanılamaz", "cursor.filter.changed");
        after = decoded;
      } catch {
        return fail(400, "Geçersiz cursor", "cursor.invalid");
      }
    }
    const matches = state.packages
      .filter(
        (pkg) =>
          pkg.lastModifiedDate >= window.start &&
          pkg.lastModifiedDate <= window.end &&
          (!statuses || statuses.includes(pkg.status)) &&
          (!after ||
            pkg.lastModifiedDate < after.lm ||
            (pkg.lastModifiedDate === after.lm && pkg.shipmentPackageId < after.id)),
      )
      .sort((a, b) => b.lastModifiedDate - a.lastModifiedDate || b.shipmentPackageId - a.shipmentPackageId);
    const content = matches.slice(0, size);
    const last = content[content.length - 1];
    const hasMore = matches.length > size;
    const nextCursor =
      hasMore && last
        ? Buffer.from(JSON.stringify({ f: filter, lm: last.lastModifiedDate, id: last.shipmentPackageId })).toString(
            "base64url",
          )
        : null;
    return { status: 200, body: { hasMore, nextCursor, size, content: content.map(wire) } };
  }

  function checkLines(pkg: FakePackage, lines: { lineId: number | string }[]): Reply | null {
    const unknown = lines.find(
      (line) => !pkg.lines.some((candidate) => String(candidate.lineId) === String(line.lineId)),
    );
    return unknown ? fail(400, `Paket satırı bulunamadı: ${unknown.lineId}`, "line.not.found") : null;
  }

  function setStatus(pkg: FakePackage, status: string) {
    Object.assign(pkg, { status, shipmentPackageStatus: status });
    for (const line of pkg.lines) line.orderLineItemStatusName = status;
    pkg.packageHistories.push({ status, createdDate: now() });
    touch(pkg);
  }

  function updateStatus(id: string, body: unknown): Reply {
    const pkg = byId(id);
    if (!pkg) return fail(404, `Paket bulunamadı: ${id}`, "shipment.package.not.found");
    const parsed = packageStatusBodySchema.safeParse(body);
    if (!parsed.success) return fail(400, z.prettifyError(parsed.error), "package.validation");
    const { status, lines, params } = parsed.data;
    const lineError = checkLines(pkg, lines);
    if (lineError) return lineError;
    if (status === "Picking" && !["Created", "Picking"].includes(pkg.status))
      return fail(400, `${pkg.status} durumundaki paket Picking yapılamaz`, "invalid.status.transition");
    if (status === "Invoiced") {
      if (!params.invoiceNumber) return fail(400, "Fatura numarası zorunludur", "invoice.number.required");
      if (pkg.status !== "Picking")
        return fail(400, "Paket Invoiced yapılmadan önce Picking yapılmalıdır", "invalid.status.transition");
      pkg.invoiceNumber = params.invoiceNumber;
    }
    setStatus(pkg, status);
    return { status: 200 };
  }

  function unsupplied(id: string, body: unknown): Reply {
    const pkg = byId(id);
    if (!pkg) return fail(404, `Paket bulunamadı: ${id}`, "shipment.package.not.found");
    const parsed = unsuppliedBodySchema.safeParse(body);
    if (!parsed.success) return fail(400, z.prettifyError(parsed.error), "unsupplied.validation");
    if (!UNSUPPLIED_REASONS.has(parsed.data.reasonId))
      return fail(400, "Geçersiz tedarik edememe nedeni", "reason.invalid");
    const lineError = checkLines(pkg, parsed.data.lines);
    if (lineError) return lineError;
    setStatus(pkg, "UnSupplied");
    return { status: 200 };
  }

  function alternativeDelivery(id: string, body: unknown): Reply {
    const pkg = byId(id);
    if (!pkg) return fail(404, `Paket bulunamadı: ${id}`, "shipment.package.not.found");
    const parsed = alternativeDeliveryBodySchema.safeParse(body);
    if (!parsed.success) return fail(400, z.prettifyError(parsed.error), "alternative.delivery.validation");
    pkg.cargoTrackingLink = parsed.data.isPhoneNumber ? null : parsed.data.trackingInfo;
    setStatus(pkg, "Shipped");
    return { status: 200 };
  }

  function invoiceLink(body: unknown): Reply {
    const parsed = invoiceLinkBodySchema.safeParse(body);
    if (!parsed.success) return fail(400, z.prettifyError(parsed.error), "invoice.link.validation");
    const pkg = byId(String(parsed.data.shipmentPackageId));
    if (!pkg) return fail(404, "Paket bulunamadı", "shipment.package.not.found");
    if (parsed.data.invoiceNumber && !INVOICE_NUMBER.test(parsed.data.invoiceNumber))
      return fail(400, "Fatura numarası formatı geçersiz", "invoice.number.invalid");
    if (pkg.invoiceLink || state.invoiceLinks.has(parsed.data.invoiceLink))
      return fail(
        409,
        "Bu paket için fatura zaten gönderilmiş veya link daha önce kullanılmış",
        "invoice.link.conflict",
      );
    state.invoiceLinks.add(parsed.data.invoiceLink);
    pkg.invoiceLink = parsed.data.invoiceLink;
    pkg.invoiceStatus = "Received";
    touch(pkg);
    return { status: 201 };
  }

  function listClaims(url: URL): Reply {
    const paging = readPaging(url, 50, 200);
    if (typeof paging === "string") return fail(400, paging, "paging");
    const start = Number(url.searchParams.get("startDate") ?? 0);
    const end = Number(url.searchParams.get("endDate") ?? now());
    const status = url.searchParams.get("claimItemStatus");
    const orderNumber = url.searchParams.get("orderNumber");
    const claims = state.claims
      .filter(
        (claim) =>
          claim.lastModifiedDate >= start &&
          claim.lastModifiedDate <= end &&
          (!orderNumber || claim.orderNumber === orderNumber) &&
          (!status || claim.items.some((item) => item.claimItems.some((c) => c.claimItemStatus.name === status))),
      )
      .sort((a, b) => a.lastModifiedDate - b.lastModifiedDate);
    return { status: 200, body: pageOf(claims, paging.page, paging.size) };
  }

  function decide(claimId: string, itemIds: string[], status: string): Reply {
    const claim = state.claims.find((candidate) => candidate.claimId === claimId);
    if (!claim) return fail(404, `İade talebi bulunamadı: ${claimId}`, "claim.not.found");
    const items = claim.items.flatMap((item) => item.claimItems);
    const unknown = itemIds.find((id) => !items.some((item) => item.id === id));
    if (unknown) return fail(400, `İade kalemi bulunamadı: ${unknown}`, "claim.item.not.found");
    const closed = items.find(
      (item) => itemIds.includes(item.id) && !["Created", "WaitingInAction"].includes(item.claimItemStatus.name),
    );
    if (closed)
      return fail(400, `İade kalemi ${closed.claimItemStatus.name} durumunda; işlem yapılamaz`, "claim.item.status");
    for (const item of items) if (itemIds.includes(item.id)) item.claimItemStatus = { name: status };
    claim.lastModifiedDate = now();
    return { status: 200 };
  }

  async function issue(claimId: string, raw: string, contentType: string): Promise<Reply> {
    const form = await new Response(raw, { headers: { "content-type": contentType } }).formData().catch(() => null);
    if (!form) return fail(400, "multipart/form-data bekleniyor", "multipart.required");
    const reasonId = Number(form.get("claimIssueReasonId"));
    if (!FAKE_CLAIM_ISSUE_REASONS.some((reason) => reason.id === reasonId))
      return fail(400, "Geçersiz ret nedeni", "claim.issue.reason.invalid");
    const itemIds = String(form.get("claimItemIdList") ?? "")
      .split(",")
      .filter(Boolean);
    if (itemIds.length === 0) return fail(400, "claimItemIdList zorunludur", "claim.items.required");
    return decide(claimId, itemIds, "Unresolved");
  }

  function createClaim(pkg: FakePackage, status = "WaitingInAction"): FakeClaim {
    const claim: FakeClaim = {
      claimId: `c0ffee00-0000-4000-8000-${String(nextClaim++).padStart(12, "0")}`,
      orderNumber: pkg.orderNumber,
      orderShipmentPackageId: pkg.shipmentPackageId,
      orderDate: pkg.orderDate,
      claimDate: now(),
      lastModifiedDate: now(),
      cargoProviderName: "Trendyol Express Marketplace",
      items: pkg.lines.map((line, index) => ({
        orderLine: {
          lineId: line.lineId,
          barcode: line.barcode,
          productName: line.productName,
          merchantSku: line.stockCode,
          lineUnitPrice: line.lineUnitPrice,
        },
        claimItems: [
          {
            id: `${line.lineId}-${index}-${nextClaim}`,
            orderLineItemId: line.lineId,
            claimItemStatus: { name: status },
            customerClaimItemReason: { id: 401, name: "Ürün hasarlı geldi", code: "DAMAGED" },
            customerNote: "Kutusu ezik geldi",
            note: null,
          },
        ],
      })),
    };
    state.claims.push(claim);
    return claim;
  }

  const seller = "([^/]+)";
  const base = `^/integration/order/sellers/${seller}`;
  const pkgBase = `${base}/shipment-packages/(\\d+)`;
  const routes: Route[] = [
    { method: "GET", pattern: new RegExp(`${base}/v2/orders$`), handle: ({ url }) => listV2(url) },
    { method: "GET", pattern: new RegExp(`${base}/orders/stream$`), handle: ({ url }) => stream(url) },
    // The pre-v2 order list was retired on 15 Oct 2026.
    {
      method: "GET",
      pattern: new RegExp(`${base}/orders$`),
      handle: () => fail(404, "Bu servis kullanımdan kaldırıldı; /v2/orders kullanın", "endpoint.retired"),
    },
    { method: "PUT", pattern: new RegExp(`${pkgBase}$`), handle: ({ params: [id], body }) => updateStatus(id!, body) },
    {
      method: "PUT",
      pattern: new RegExp(`${pkgBase}/items/unsupplied$`),
      handle: ({ params: [id], body }) => unsupplied(id!, body),
    },
    {
      method: "PUT",
      pattern: new RegExp(`${pkgBase}/alternative-delivery$`),
      handle: ({ params: [id], body }) => alternativeDelivery(id!, body),
    },
    {
      method: "PUT",
      pattern: new RegExp(`${pkgBase}/update-tracking-number$`),
      handle: () => fail(400, "Bu servis kullanım dışıdır", "update.tracking.number.deprecated"),
    },
    {
      method: "POST",
      pattern: new RegExp(`^/integration/sellers/${seller}/seller-invoice-links$`),
      handle: ({ body }) => invoiceLink(body),
    },
    { method: "GET", pattern: new RegExp(`${base}/claims$`), handle: ({ url }) => listClaims(url) },
    {
      method: "PUT",
      pattern: new RegExp(`${base}/claims/([^/]+)/items/approve$`),
      handle: ({ params: [claimId], body }) => {
        const parsed = claimApproveBodySchema.safeParse(body);
        if (!parsed.success) return fail(400, z.prettifyError(parsed.error), "claim.approve.validation");
        return decide(claimId!, parsed.data.claimLineItemIdList, "Accepted");
      },
    },
    {
      method: "POST",
      pattern: new RegExp(`${base}/claims/([^/]+)/issue$`),
      handle: ({ params: [claimId], raw, req }) => issue(claimId!, raw, String(req.headers["content-type"] ?? "")),
    },
    {
      method: "GET",
      pattern: /^\/integration\/order\/claim-issue-reasons$/,
      handle: () => ({ status: 200, body: FAKE_CLAIM_ISSUE_REASONS }),
    },
    {
      // Stage only: a test order becomes a Created package.
      method: "POST",
      pattern: /^\/integration\/test\/order\/orders\/core$/,
      handle: ({ body }) => {
        const lines = (body as { lines?: { barcode: string; quantity: number }[] } | undefined)?.lines ?? [];
        if (lines.length === 0) return fail(400, "lines zorunludur", "test.order.lines");
        const [pkg] = generateOrders(1, now(), {
          status: "Created",
          skus: lines.map((line) => ({ barcode: line.barcode, stockCode: line.barcode })),
        });
        state.packages.push(pkg!);
        touch(pkg!);
        return { status: 200, body: { orderNumber: pkg!.orderNumber } };
      },
    },
  ];
  return { routes, createClaim };
}
