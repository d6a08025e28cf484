import type { Order } from "@/db/schema";
import { ANONYMOUS_CONSUMER_TCKN, parseTaxId } from "@/lib/einvoice/tax-id";
import { isKdvRate } from "@/lib/einvoice/kdv";
import { AppError } from "@/lib/errors";
import type { ErpCustomer, ErpInvoiceLine } from "@/lib/providers/erp";
import { shipmentCodeFor } from "@/lib/shipments/shipment-from-order";

const field = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/**
 * The buyer and lines of an order's invoice, or 400 naming the field an e-invoice cannot do without. A buyer without a
 * tax id is an anonymous consumer (e-Arşiv, TCKN 11111111111); a tax id that is given must pass its checksum.
 */
export function invoiceFromOrder(order: Order, vatRates: ReadonlyMap<string, number>) {
  const address = order.shippingAddress ?? {};
  const given = field(address.taxNumber ?? address.tcknVkn);
  const taxId = given ? parseTaxId(given) : parseTaxId(ANONYMOUS_CONSUMER_TCKN);
  if (!taxId) {
    throw new AppError("invalid_input", "The buyer's tax_number is neither a valid VKN nor a valid TCKN", {
      field: "buyer.tax_number",
      messageKey: "errors.invoice_tax_id_invalid",
      params: { field: "buyer.tax_number" },
    });
  }
  const name = field(address.fullName) || field(order.customerName);
  for (const [value, path] of [
    [name, "buyer.name"],
    [field(address.address), "shipping_address.address"],
    [field(address.city), "shipping_address.city"],
  ] as const) {
    if (!value) {
      throw new AppError("invalid_input", `The order's ${path} is missing; the e-invoice needs it`, {
        field: path,
        messageKey: "errors.invoice_field_missing",
        params: { field: path },
      });
    }
  }
  const reference = shipmentCodeFor(order);
  const buyer: ErpCustomer = {
    code: `M-${taxId.isAnonymousConsumer ? reference : taxId.value}`.slice(0, 20),
    name,
    taxNumber: taxId.value,
    taxOffice: field(address.taxOffice) || null,
    email: order.customerEmail,
    phone: field(address.phone) || null,
    address: [field(address.address), field(address.district)].filter(Boolean).join(", "),
    city: field(address.city),
  };
  const lines: ErpInvoiceLine[] = order.lines.map((line) => {
    const rate = vatRates.get(line.sku) ?? 20;
    return {
      stockCode: line.sku,
      name: line.name,
      quantity: line.quantity,
      unitPriceMinor: line.unitPriceKurus,
      vatRate: isKdvRate(rate) ? rate : 20,
    };
  });
  return { reference, buyer, lines };
}
