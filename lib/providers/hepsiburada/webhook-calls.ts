import type { HepsiburadaWebhookEventType } from "./webhook-wire";

/** One call Hepsiburada makes under the registered base URL: method, sub-path and body (fact sheet §7). */
export type HepsiburadaWebhookCall = { method: "POST" | "PUT"; path: string; body: unknown };

export type WebhookLine = {
  id: string;
  orderNumber: string;
  merchantId: string;
  sku: string;
  merchantSku: string;
  name: string;
  quantity: number;
  unitPrice: number;
  orderDate: string;
  customerName: string;
};

export type WebhookPackage = {
  packageNumber: string;
  barcode: string;
  merchantId: string;
  cargoCompany: string;
  lines: WebhookLine[];
};

const money = (amount: number) => ({ currency: "TRY", amount });
const address = (name: string) => ({
  addressId: "a-1",
  address: "Atatürk Cad. No: 1",
  name,
  email: "musteri@example.com",
  phoneNumber: "05550000000",
  countryCode: "TR",
  city: "İstanbul",
  town: "Kadıköy",
  district: "Moda",
});

/** `POST /orders`: new paid lines of one order. */
export function orderCreatedCall(lines: WebhookLine[], at: string): HepsiburadaWebhookCall {
  const items = lines.map((line) => ({
    id: line.id,
    sku: line.sku,
    merchantSku: line.merchantSku,
    merchantId: line.merchantId,
    orderNumber: line.orderNumber,
    orderDate: line.orderDate,
    dueDate: at,
    lastStatusUpdateDate: at,
    name: line.name,
    quantity: line.quantity,
    totalPrice: money(line.unitPrice * line.quantity),
    unitPrice: money(line.unitPrice),
    hbDiscount: { totalPrice: money(0), unitPrice: money(0) },
    vat: 0,
    vatRate: 20,
    customerId: "c-1",
    customerName: line.customerName,
    status: "Open",
    shippingAddress: address(line.customerName),
    invoice: { address: address(line.customerName), taxNumber: null, taxOffice: null },
    dispatchTime: 2,
    commission: money(0),
    paymentTermInDays: 30,
  }));
  return { method: "POST", path: "/orders", body: { items } };
}

/** `POST /packages`: a package Hepsiburada (auto-packaging) or the merchant's panel created. */
export function packageCreatedCall(pkg: WebhookPackage, at: string): HepsiburadaWebhookCall {
  const first = pkg.lines[0];
  return {
    method: "POST",
    path: "/packages",
    body: {
      id: `p-${pkg.packageNumber}`,
      status: "Open",
      packageNumber: pkg.packageNumber,
      barcode: pkg.barcode,
      cargoCompany: pkg.cargoCompany,
      customerName: first?.customerName,
      orderDate: first?.orderDate ?? at,
      recipientName: first?.customerName,
      shippingAddressDetail: "Atatürk Cad. No: 1",
      shippingCountryCode: "TR",
      shippingCity: "İstanbul",
      shippingTown: "Kadıköy",
      shippingDistrict: "Moda",
      merchantId: pkg.merchantId,
      items: pkg.lines.map((line) => ({
        lineItemId: line.id,
        orderNumber: line.orderNumber,
        hbSku: line.sku,
        merchantSku: line.merchantSku,
        quantity: line.quantity,
      })),
    },
  };
}

/** `PUT /packages/{n}/intransit|deliver|undeliver|unpack`. */
export function packageMoveCall(
  pkg: WebhookPackage,
  action: "intransit" | "deliver" | "undeliver" | "unpack",
  at: string,
): HepsiburadaWebhookCall {
  const base = { merchantId: pkg.merchantId, packageNumber: pkg.packageNumber, barcode: pkg.barcode };
  const body =
    action === "intransit"
      ? { ...base, shippedDate: at, trackingInfoCode: `TRK${pkg.packageNumber}`, trackingInfoUrl: null, deci: 1 }
      : action === "deliver"
        ? { ...base, receivedDate: at, receivedBy: pkg.lines[0]?.customerName ?? "" }
        : action === "undeliver"
          ? { ...base, undeliveredDate: at, undeliveredReason: "Adreste bulunamadı" }
          : {
              merchantId: pkg.merchantId,
              packageNumber: pkg.packageNumber,
              unpackedDate: at,
              orderNumbers: [...new Set(pkg.lines.map((line) => line.orderNumber))],
            };
  return { method: "PUT", path: `/packages/${encodeURIComponent(pkg.packageNumber)}/${action}`, body };
}

/** `PUT /lineitems/{id}/cancel`. */
export function lineCancelledCall(line: WebhookLine, at: string, cancelledBy = "Customer"): HepsiburadaWebhookCall {
  return {
    method: "PUT",
    path: `/lineitems/${encodeURIComponent(line.id)}/cancel`,
    body: {
      id: line.id,
      merchantId: line.merchantId,
      orderNumber: line.orderNumber,
      quantity: line.quantity,
      cancelDate: at,
      cancelledBy,
      cancelReasonCode: 1,
      isUnpackedLine: true,
    },
  };
}

/** `PUT /orders/{n}/shippingaddress`. */
export function shippingAddressCall(line: WebhookLine, city: string): HepsiburadaWebhookCall {
  return {
    method: "PUT",
    path: `/orders/${encodeURIComponent(line.orderNumber)}/shippingaddress`,
    body: { orderNumber: line.orderNumber, ...address(line.customerName), addressId: `a-${city}`, city },
  };
}

/** `PUT /claims/awaitingaction|accept|reject`. */
export function claimCall(
  line: WebhookLine,
  claimNumber: string,
  action: "awaitingaction" | "accept" | "reject",
  at: string,
): HepsiburadaWebhookCall {
  const status = { awaitingaction: "AwaitingAction", accept: "Accepted", reject: "Rejected" }[action];
  return {
    method: "PUT",
    path: `/claims/${action}`,
    body: {
      claimNumber,
      type: "Return",
      quantity: line.quantity,
      status,
      customerId: "c-1",
      customerName: line.customerName,
      orderNumber: line.orderNumber,
      explanation: "Beden uymadı",
      claimDate: at,
      orderDate: line.orderDate,
      ...(action === "accept" ? { acceptedBy: "Hepsiburada", acceptedDate: at } : {}),
      line: {
        lineItemId: line.id,
        productName: line.name,
        merchantId: line.merchantId,
        hbSku: line.sku,
        merchantSku: line.merchantSku,
        price: money(line.unitPrice),
        totalPrice: money(line.unitPrice * line.quantity),
      },
    },
  };
}

/** A realistic call of each event type, for the test-webhook button and tests. */
export function sampleWebhookCall(
  eventType: HepsiburadaWebhookEventType,
  line: WebhookLine,
  pkg: WebhookPackage,
  at: string,
): HepsiburadaWebhookCall {
  switch (eventType) {
    case "order.created":
      return orderCreatedCall([line], at);
    case "package.created":
      return packageCreatedCall(pkg, at);
    case "line.cancelled":
      return lineCancelledCall(line, at);
    case "package.in_transit":
      return packageMoveCall(pkg, "intransit", at);
    case "package.delivered":
      return packageMoveCall(pkg, "deliver", at);
    case "package.undelivered":
      return packageMoveCall(pkg, "undeliver", at);
    case "package.unpacked":
      return packageMoveCall(pkg, "unpack", at);
    case "order.shipping_address_changed":
      return shippingAddressCall(line, "Ankara");
    case "claim.awaiting_action":
      return claimCall(line, "C-1", "awaitingaction", at);
    case "claim.accepted":
      return claimCall(line, "C-1", "accept", at);
    case "claim.rejected":
      return claimCall(line, "C-1", "reject", at);
  }
}
