import { randomUUID } from "node:crypto";
import { formatOmsDate, parseOmsDate } from "./transform";

export type FakeReply = { status: number; body?: unknown; headers?: Record<string, string> };

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** The cargo firm of "Mağaza Hesabı" (merchant-delivered) packages: only they may be set intransit/delivered by API. */
export const MERCHANT_DELIVERED_CARGO = "MagazaHesabi";

export type FakeLine = {
  id: string;
  orderNumber: string;
  orderDate: number;
  sku: string;
  merchantSku: string;
  name: string;
  quantity: number;
  unitPrice: number;
  customerName: string;
  status: "Open" | "Packaged" | "Cancelled";
  packageNumber?: string;
  cargoCompany: string;
  /** Set while the customer changes the address: packaging is refused. */
  addressChangePending?: boolean;
};

export type FakePackage = {
  packageNumber: string;
  barcode: string;
  status: "Packaged" | "InTransit" | "Delivered" | "Undelivered" | "Unpacked";
  cargoCompany: string;
  createdAt: number;
  lineIds: string[];
  quantities: Record<string, number>;
  invoiceLink?: string;
  trackingNumber?: string;
};

export type FakeClaim = {
  claimNumber: string;
  orderNumber: string;
  lineItemId: string;
  merchantSku: string;
  status: string;
  type: string;
  quantity: number;
  claimDate: number;
  explanation: string;
  productName?: string;
};

const badPaging = (): FakeReply => ({
  status: 400,
  body: { message: "Bad Request limit and offset parameters are required" },
});
const notFoundPackage = (packageNumber: string): FakeReply => ({
  status: 404,
  body: {
    statusCode: 404,
    code: "1004",
    defaultMessage: null,
    correlationId: randomUUID(),
    message: `cannot find package with package number ${packageNumber}`,
  },
});

/** limit and offset are mandatory; a limit above the cap is refused (the sheet leaves 400 vs clamp open: 400 here). */
function readPaging(url: URL, cap: number): { limit: number; offset: number } | FakeReply {
  const limit = Number(url.searchParams.get("limit"));
  const offset = Number(url.searchParams.get("offset"));
  if (!url.searchParams.has("limit") || !url.searchParams.has("offset") || !(limit > 0) || !(offset >= 0))
    return badPaging();
  if (limit > cap) return { status: 400, body: { message: `limit must be less than or equal to ${cap}` } };
  return { limit, offset };
}

/** begindate/enddate (≤ 24 h; a longer window silently becomes begindate + 24 h), or `timespan` hours back. */
function readWindow(url: URL, now: number): { from: number; to: number } {
  const begin = parseOmsDate(url.searchParams.get("begindate"))?.getTime();
  const end = parseOmsDate(url.searchParams.get("enddate"))?.getTime();
  if (begin !== undefined) return { from: begin, to: Math.min(end ?? begin + DAY_MS, begin + DAY_MS) };
  const hours = Number(url.searchParams.get("timespan") ?? 24);
  return { from: now - hours * HOUR_MS, to: now };
}

const envelope = (items: unknown[], limit: number, offset: number, total: number) => ({
  items,
  limit,
  offset,
  pageCount: Math.ceil(total / limit),
  totalCount: total,
});

export function createFakeOms(merchantId: string, now: () => number) {
  const lines = new Map<string, FakeLine>();
  const packages = new Map<string, FakePackage>();
  const claims = new Map<string, FakeClaim>();
  let nextPackage = 600_000_001;

  const lineWire = (line: FakeLine) => ({
    id: line.id,
    orderId: `o-${line.orderNumber}`,
    orderNumber: line.orderNumber,
    orderDate: new Date(line.orderDate).toISOString(),
    dueDate: new Date(line.orderDate + 2 * DAY_MS).toISOString(),
    lastStatusUpdateDate: new Date(line.orderDate).toISOString(),
    sku: line.sku,
    merchantSKU: line.merchantSku,
    name: line.name,
    quantity: line.quantity,
    merchantId,
    totalPrice: { currency: "TRY", amount: Math.round(line.unitPrice * line.quantity * 100) / 100 },
    unitPrice: { currency: "TRY", amount: line.unitPrice },
    customerName: line.customerName,
    shippingAddress: {
      addressId: `a-${line.orderNumber}`,
      address: "Atatürk Cad. No: 1",
      name: line.customerName,
      email: "musteri@example.com",
      phoneNumber: "05550000000",
      countryCode: "TR",
      city: "İstanbul",
      town: "Kadıköy",
      district: "Moda",
    },
    status: line.status,
    cargoCompany: line.cargoCompany,
    packageNumber: line.packageNumber ?? null,
    isCancellable: line.status === "Open",
  });

  const packageWire = (pkg: FakePackage) => {
    const pkgLines = pkg.lineIds.map((id) => lines.get(id)!);
    const first = pkgLines[0];
    return {
      id: `p-${pkg.packageNumber}`,
      packageNumber: pkg.packageNumber,
      barcode: pkg.barcode,
      status: pkg.status,
      cargoCompany: pkg.cargoCompany,
      customerName: first?.customerName,
      recipientName: first?.customerName,
      orderDate: first ? new Date(first.orderDate).toISOString() : null,
      shippingAddressDetail: "Atatürk Cad. No: 1",
      shippingCountryCode: "TR",
      shippingCity: "İstanbul",
      shippingTown: "Kadıköy",
      shippingDistrict: "Moda",
      items: pkgLines.map((line) => ({
        lineItemId: line.id,
        orderNumber: line.orderNumber,
        hbSku: line.sku,
        merchantSku: line.merchantSku,
        productName: line.name,
        quantity: pkg.quantities[line.id] ?? line.quantity,
        unitPrice: { currency: "TRY", amount: line.unitPrice },
        totalPrice: { currency: "TRY", amount: line.unitPrice * (pkg.quantities[line.id] ?? line.quantity) },
      })),
    };
  };

  function listOpenLines(url: URL): FakeReply {
    const paging = readPaging(url, 100);
    if (!("limit" in paging)) return paging;
    const hasWindow = url.searchParams.has("begindate");
    const { from, to } = readWindow(url, now());
    const open = [...lines.values()]
      .filter((line) => line.status === "Open" && (!hasWindow || (line.orderDate >= from && line.orderDate < to)))
      .sort((a, b) => a.orderDate - b.orderDate || a.id.localeCompare(b.id));
    const page = open.slice(paging.offset, paging.offset + paging.limit).map(lineWire);
    return { status: 200, body: envelope(page, paging.limit, paging.offset, open.length) };
  }

  /** Packages ready to ship: a bare array; the page count travels only in the `pagecount` header. */
  function listReadyPackages(url: URL): FakeReply {
    const paging = readPaging(url, 10);
    if (!("limit" in paging)) return paging;
    const { from, to } = readWindow(url, now());
    const ready = [...packages.values()]
      .filter((pkg) => pkg.status === "Packaged" && pkg.createdAt >= from && pkg.createdAt < to)
      .sort((a, b) => a.createdAt - b.createdAt || a.packageNumber.localeCompare(b.packageNumber));
    const page = ready.slice(paging.offset, paging.offset + paging.limit).map(packageWire);
    return { status: 200, body: page, headers: { pagecount: String(Math.ceil(ready.length / paging.limit)) } };
  }

  function listPackagesByStatus(url: URL, status: FakePackage["status"]): FakeReply {
    const paging = readPaging(url, 10);
    if (!("limit" in paging)) return paging;
    const found = [...packages.values()].filter((pkg) => pkg.status === status);
    const page = found.slice(paging.offset, paging.offset + paging.limit).map(packageWire);
    return { status: 200, body: envelope(page, paging.limit, paging.offset, found.length) };
  }

  function getPackage(packageNumber: string): FakeReply {
    const pkg = packages.get(packageNumber);
    if (!pkg) return notFoundPackage(packageNumber);
    const { packageNumber: no, barcode, status, cargoCompany, trackingNumber } = pkg;
    const trackingInfoUrl = trackingNumber ? `https://kargo.example/${trackingNumber}` : null;
    return {
      status: 200,
      body: [{ packageNumber: no, barcode, status, cargoCompany, trackingInfoCode: trackingNumber, trackingInfoUrl }],
    };
  }

  function packLines(requests: { id: string; quantity: number }[]): FakeReply & { pkg?: FakePackage } {
    if (requests.length === 0) return { status: 400, body: { message: "lineItemRequests must not be empty" } };
    const picked: FakeLine[] = [];
    for (const request of requests) {
      const line = lines.get(request.id);
      if (!line || line.status !== "Open")
        return { status: 400, body: { message: `line item ${request.id} is not open for packaging` } };
      if (!(request.quantity > 0) || request.quantity > line.quantity)
        return { status: 400, body: { message: `quantity ${request.quantity} is not valid for ${request.id}` } };
      if (line.addressChangePending)
        return { status: 400, body: { message: "Order has an ongoing change address demand" } };
      picked.push(line);
    }
    if (new Set(picked.map((line) => line.orderNumber)).size > 1)
      return { status: 400, body: { message: "lines of one package must belong to one order" } };
    const packageNumber = String(nextPackage++);
    const pkg: FakePackage = {
      packageNumber,
      barcode: `HB${packageNumber}`,
      status: "Packaged",
      cargoCompany: picked[0]!.cargoCompany,
      createdAt: now(),
      lineIds: picked.map((line) => line.id),
      quantities: Object.fromEntries(requests.map((request) => [request.id, request.quantity])),
    };
    packages.set(packageNumber, pkg);
    for (const line of picked) Object.assign(line, { status: "Packaged", packageNumber });
    return { status: 201, body: { packageNumber, barcode: pkg.barcode }, pkg };
  }

  function createPackage(body: unknown): FakeReply {
    const requests = (body as { lineItemRequests?: { id: string; quantity: number }[] } | undefined)?.lineItemRequests;
    if (!Array.isArray(requests)) return { status: 400, body: { message: "lineItemRequests is required" } };
    const { status, body: answer } = packLines(requests);
    return { status, body: answer };
  }

  function unpack(packageNumber: string): FakeReply {
    const pkg = packages.get(packageNumber);
    if (!pkg) return notFoundPackage(packageNumber);
    if (pkg.status !== "Packaged") return { status: 400, body: { message: "only packaged packages can be unpacked" } };
    pkg.status = "Unpacked";
    for (const id of pkg.lineIds) Object.assign(lines.get(id)!, { status: "Open", packageNumber: undefined });
    return { status: 200 };
  }

  /** intransit/deliver/undeliver: merchant-delivered packages only; intransit dates ≤ 7 days old, not before packaging. */
  function move(packageNumber: string, action: string, body: unknown): FakeReply {
    const pkg = packages.get(packageNumber);
    if (!pkg) return notFoundPackage(packageNumber);
    if (pkg.cargoCompany !== MERCHANT_DELIVERED_CARGO)
      return { status: 400, body: { message: "only merchant-delivered (Mağaza Hesabı) packages can be updated" } };
    const fields = (body ?? {}) as Record<string, unknown>;
    if (action === "intransit") {
      const shipped = parseOmsDate(typeof fields.shippedDate === "string" ? fields.shippedDate : null)?.getTime();
      if (shipped === undefined) return { status: 400, body: { message: "shippedDate is required" } };
      if (shipped < now() - 7 * DAY_MS) return { status: 400, body: { message: "shippedDate is older than 7 days" } };
      if (shipped < pkg.createdAt - 60_000)
        return { status: 400, body: { message: "shippedDate is before the package was packed" } };
      pkg.status = "InTransit";
      pkg.trackingNumber = typeof fields.trackingNumber === "string" ? fields.trackingNumber : undefined;
      return { status: 200 };
    }
    if (pkg.status !== "InTransit") return { status: 400, body: { message: `package is ${pkg.status}` } };
    if (action === "deliver" && typeof fields.receivedDate !== "string")
      return { status: 400, body: { message: "receivedDate is required" } };
    pkg.status = action === "deliver" ? "Delivered" : "Undelivered";
    return { status: 200 };
  }

  function setInvoice(packageNumber: string, body: unknown): FakeReply {
    const pkg = packages.get(packageNumber);
    if (!pkg) return notFoundPackage(packageNumber);
    const link = (body as { invoiceLink?: unknown } | undefined)?.invoiceLink;
    if (typeof link !== "string" || !/^https?:\/\//.test(link))
      return { status: 400, body: { message: "invoiceLink must be a public http(s) link" } };
    pkg.invoiceLink = link;
    return { status: 204 };
  }

  function cancelLine(lineItemId: string, body: unknown): FakeReply {
    const line = lines.get(lineItemId);
    if (!line) return { status: 404, body: { message: `line item ${lineItemId} not found` } };
    if (typeof (body as { reasonId?: unknown } | undefined)?.reasonId !== "number")
      return { status: 400, body: { message: "reasonId is required" } };
    if (line.status !== "Open") return { status: 400, body: { message: "only open lines can be cancelled" } };
    line.status = "Cancelled";
    return { status: 200 };
  }

  function listClaims(url: URL, status?: string): FakeReply {
    if (!url.searchParams.has("limit")) return { status: 400, body: { message: "LimitCannotBeEmpty" } };
    const paging = readPaging(url, 100);
    if (!("limit" in paging)) return paging;
    const found = [...claims.values()].filter(
      (claim) => !status || claim.status.toLowerCase() === status.toLowerCase(),
    );
    const page = found.slice(paging.offset, paging.offset + paging.limit).map((claim) => ({
      claimNumber: claim.claimNumber,
      type: claim.type,
      status: claim.status,
      quantity: claim.quantity,
      orderNumber: claim.orderNumber,
      explanation: claim.explanation,
      claimDate: new Date(claim.claimDate).toISOString(),
      line: {
        lineItemId: claim.lineItemId,
        merchantSku: claim.merchantSku,
        hbSku: `HB-${claim.merchantSku}`,
        productName: claim.productName ?? `Ürün ${claim.merchantSku}`,
        merchantId,
      },
    }));
    return { status: 200, body: envelope(page, paging.limit, paging.offset, found.length) };
  }

  function decideClaim(claimNumber: string, action: string, body: unknown): FakeReply {
    const claim = claims.get(claimNumber);
    if (!claim) return { status: 404, body: { message: `claim ${claimNumber} not found` } };
    if (action === "preapprovalconfirm") {
      if (claim.status !== "AwaitingPreApproval") return { status: 400, body: { message: `claim is ${claim.status}` } };
      claim.status = "AwaitingAction";
      return { status: 200 };
    }
    if (claim.status !== "AwaitingAction") return { status: 400, body: { message: `claim is ${claim.status}` } };
    if (action === "accept") {
      const finalized = (body as { FinalizedWith?: unknown } | undefined)?.FinalizedWith;
      if (finalized !== undefined && finalized !== "Change" && finalized !== "Refund")
        return { status: 400, body: { message: "FinalizedWith must be Change or Refund" } };
    }
    claim.status = action === "accept" ? "Accepted" : "Rejected";
    return { status: 200 };
  }

  /** SIT test-order stub: open lines for SKUs the merchant sells; the body shape is the sheet's [?], read loosely. */
  function createTestOrder(body: unknown, cargoCompany = "Yurtiçi Kargo"): FakeReply {
    const items = (body as { lineItems?: { hepsiburadaSku?: string; merchantSku?: string; quantity?: number }[] })
      ?.lineItems;
    if (!Array.isArray(items) || items.length === 0) return { status: 400, body: { message: "lineItems is required" } };
    const orderNumber = String(4_000_000_000 + lines.size + 1);
    const created = items.map((item) =>
      addLine({
        orderNumber,
        sku: item.hepsiburadaSku ?? `HB-${item.merchantSku}`,
        merchantSku: item.merchantSku ?? item.hepsiburadaSku ?? "",
        quantity: item.quantity ?? 1,
        cargoCompany,
      }),
    );
    return { status: 201, body: { orderNumber, lineItemIds: created.map((line) => line.id) } };
  }

  function addLine(input: Partial<FakeLine> & Pick<FakeLine, "orderNumber" | "merchantSku">): FakeLine {
    const line: FakeLine = {
      id: randomUUID(),
      orderDate: now(),
      sku: `HB-${input.merchantSku}`,
      name: `Ürün ${input.merchantSku}`,
      quantity: 1,
      unitPrice: 129.9,
      customerName: "Ayşe Yılmaz",
      status: "Open",
      cargoCompany: "Yurtiçi Kargo",
      ...input,
    };
    lines.set(line.id, line);
    return line;
  }

  return {
    lines,
    packages,
    claims,
    addLine,
    packLines,
    listOpenLines,
    listReadyPackages,
    listPackagesByStatus,
    getPackage,
    createPackage,
    unpack,
    move,
    setInvoice,
    cancelLine,
    listClaims,
    decideClaim,
    createTestOrder,
    formatDate: (ms: number) => formatOmsDate(new Date(ms)),
  };
}

export type FakeOms = ReturnType<typeof createFakeOms>;
