/** The JSON the orders API answers (dates are ISO strings, money integer kuruş). */
export type OrderSummary = {
  id: number;
  integrationId: string;
  remoteOrderNumber: string;
  packageId: string;
  status: string;
  customerName: string | null;
  currency: string;
  totalKurus: number;
  lineCount: number;
  orderedAt: string;
};

export type OrderLine = {
  lineId?: string;
  sku: string;
  barcode: string | null;
  name: string;
  quantity: number;
  unitPriceKurus: number;
  amountKurus: number;
};

export type OrderDetail = Omit<OrderSummary, "lineCount"> & {
  customerEmail: string | null;
  shippingAddress: Record<string, string | null> | null;
  lines: OrderLine[];
  remoteUpdatedAt: string;
  createdAt: string;
  updatedAt: string;
  raw: unknown;
};

export type OrderPage = { items: OrderSummary[]; nextBefore: number | null };
