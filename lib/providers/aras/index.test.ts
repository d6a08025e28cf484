import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ProviderError } from "@/lib/errors";
import type { CreateShipmentInput } from "@/lib/providers/cargo";
import { createProviderFetch } from "@/lib/providers/provider-fetch";
import { arasCredentialsSchema } from "./config";
import { startArasFake, type ArasFake } from "./fake-server";
import { createArasCargo } from "./index";

const LOGIN = {
  username: "order-user",
  password: "p&ss<word>",
  queryUsername: "query-user",
  queryPassword: "q&p",
  customerCode: "1932448851342",
};

let fake: ArasFake;
beforeAll(async () => {
  fake = await startArasFake(LOGIN);
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.shipments.clear();
  for (const key of Object.keys(fake.calls)) delete fake.calls[key];
  fake.setSlowMs(0);
  fake.setTurkishKeys(false);
  fake.setCargoShape("alternate");
});

function adapter(overrides: Record<string, string> = {}) {
  const credentials = arasCredentialsSchema.parse({
    username: LOGIN.username,
    password: LOGIN.password,
    customer_code: LOGIN.customerCode,
    query_username: LOGIN.queryUsername,
    query_password: LOGIN.queryPassword,
    base_url: fake.orderUrl,
    query_url: fake.queryUrl,
    ...overrides,
  });
  return createArasCargo({
    credentials,
    fetch: createProviderFetch({ provider: "aras", timeoutMs: 500 }),
    sleep: () => Promise.resolve(),
  });
}

const shipment = (overrides: Partial<CreateShipmentInput> = {}): CreateShipmentInput => ({
  integrationCode: "KPR100063",
  reference: "TY-10063",
  recipient: {
    fullName: "Ayşe Yılmaz",
    address: "Caferağa Mah. Moda Cad. No: 5 D: 3 <Arka & Bahçe>",
    district: "Kadıköy",
    city: "İstanbul",
    postalCode: "34710",
    phone: "+90 532 111 22 33",
    email: null,
  },
  pieceCount: 2,
  desi: 3,
  weightKg: 1.5,
  ...overrides,
});

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error as ProviderError,
  );

describe("Aras adapter against the fake", () => {
  it("creates an order with unique piece barcodes, escaping what the merchant typed", async () => {
    const created = await adapter().createShipment(shipment());
    expect(created).toMatchObject({ integrationCode: "KPR100063", status: "registered", trackingNumber: null });
    const stored = fake.shipments.get("KPR100063")!;
    expect(stored.barcodes).toEqual(["KPR10006301", "KPR10006302"]);
    expect(stored.order).toMatchObject({
      ReceiverAddress: "Caferağa Mah. Moda Cad. No: 5 D: 3 <Arka & Bahçe> Kadıköy",
      ReceiverCityName: "İSTANBUL",
      ReceiverTownName: "KADIKÖY",
      ReceiverPhone1: "5321112233",
      IsCod: "0",
      PieceCount: "2",
    });
  });

  it("sends cash on delivery for an unpaid order", async () => {
    await adapter().createShipment(shipment({ codAmountMinor: 123_450 }));
    expect(fake.shipments.get("KPR100063")!.order).toMatchObject({
      IsCod: "1",
      CodAmount: "1234.50",
      PayorTypeCode: "1",
    });
  });

  it("a retried create finds the first one: one SetOrder, one order", async () => {
    const cargo = adapter();
    await cargo.createShipment(shipment());
    await cargo.createShipment(shipment());
    expect(fake.calls.SetOrder).toBe(1);
    expect(fake.shipments.size).toBe(1);
  });

  it("resending the same IntegrationCode updates the order until the waybill is cut", async () => {
    const { client } = adapter();
    const { toArasOrder } = await import("./transform");
    await client.setOrder(toArasOrder(shipment()));
    await client.setOrder(toArasOrder(shipment({ recipient: { ...shipment().recipient, fullName: "Ayşe Demir" } })));
    expect(fake.shipments.get("KPR100063")).toMatchObject({ updates: 1, order: { ReceiverName: "Ayşe Demir" } });
    fake.advance("KPR100063");
    const error = await rejection(client.setOrder(toArasOrder(shipment())));
    expect(error).toMatchObject({
      kind: "invalid_request",
      providerCode: "60022",
      messageKey: "errors.aras_waybill_cut",
    });
  });

  it.each([
    ["a missing town", { recipient: { ...shipment().recipient, district: null } }, "936"],
    ["a missing phone", { recipient: { ...shipment().recipient, phone: null } }, "935"],
    ["no pieces", { pieces: [] }, "70021"],
    ["a duplicate barcode", { pieces: [{ barcode: "B1" }, { barcode: "B1" }] }, "70028"],
  ])("maps SetOrder validation codes: %s", async (_name, overrides, code) => {
    const error = await rejection(adapter().createShipment(shipment(overrides as Partial<CreateShipmentInput>)));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: "invalid_request", providerCode: code });
    expect(error.providerMessage).toBe(`Hata ${code}`);
  });

  it("walks the waybill states through the query service", async () => {
    const cargo = adapter();
    await cargo.createShipment(shipment());
    expect(await cargo.getShipment("KPR100063")).toMatchObject({ status: "registered", trackingNumber: null });
    fake.advance("KPR100063");
    const accepted = await cargo.getShipment("KPR100063");
    expect(accepted).toMatchObject({ status: "accepted", trackingNumber: expect.stringMatching(/^\d{13}$/) });
    expect(accepted!.trackingUrl).toContain(`code=${accepted!.trackingNumber}`);
    for (const expected of ["in_transit", "at_delivery_branch", "out_for_delivery", "delivered"]) {
      fake.advance("KPR100063");
      expect((await cargo.getShipment("KPR100063"))!.status).toBe(expected);
    }
    const events = await cargo.track!("KPR100063");
    expect(events.map((event) => event.status)).toEqual([
      "accepted",
      "in_transit",
      "at_delivery_branch",
      "out_for_delivery",
      "delivered",
    ]);
  });

  it("reads Cargo as an object or an array and Turkish spaced keys alike", async () => {
    const cargo = adapter();
    await cargo.createShipment(shipment());
    fake.advance("KPR100063");
    fake.setTurkishKeys(true);
    for (const shape of ["object", "array"] as const) {
      fake.setCargoShape(shape);
      expect(await cargo.getShipment("KPR100063")).toMatchObject({ status: "accepted", trackingNumber: /^\d{13}$/ });
    }
    fake.markReturned("KPR100063");
    expect((await cargo.getShipment("KPR100063"))!.status).toBe("returned");
  });

  it("returns null for a code Aras does not know", async () => {
    expect(await adapter().getShipment("NOPE")).toBeNull();
  });

  it("cancels before the waybill (again harmlessly), refuses after it", async () => {
    const cargo = adapter();
    await cargo.createShipment(shipment());
    await cargo.cancelShipment!("KPR100063");
    expect(fake.shipments.has("KPR100063")).toBe(false);
    await cargo.cancelShipment!("KPR100063");
    await cargo.createShipment(shipment({ integrationCode: "KPR100064" }));
    fake.advance("KPR100064");
    const error = await rejection(cargo.cancelShipment!("KPR100064"));
    expect(error).toMatchObject({ kind: "invalid_request", providerCode: "999" });
  });

  it("connection test: passes, then names each wrong login", async () => {
    await adapter().testConnection();
    expect(await rejection(adapter({ password: "wrong" }).testConnection())).toMatchObject({ kind: "auth" });
    const query = await rejection(adapter({ query_password: "wrong" }).testConnection());
    expect(query).toMatchObject({ kind: "auth", messageKey: "errors.aras_query_credentials" });
    expect(query.providerMessage).toBe("Kullanıcı adı veya şifre hatalı");
  });

  it("order-service credentials do not open the query service", async () => {
    const error = await rejection(adapter({ query_username: "", query_password: "" }).testConnection());
    expect(error).toMatchObject({ kind: "auth", messageKey: "errors.aras_query_credentials" });
  });

  it("wrong credentials on SetOrder come back as result 1000", async () => {
    const error = await rejection(adapter({ password: "wrong" }).client.setOrder({ IntegrationCode: "X" }));
    expect(error).toMatchObject({ kind: "auth", providerCode: "1000" });
  });

  it("a wrong path is not taken for an answer", async () => {
    const error = await rejection(adapter({ base_url: fake.orderUrl.replace("asmx", "aspx") }).testConnection());
    expect(error).toMatchObject({ kind: "not_found" });
  });

  it("gives up on a slow service at the timeout, as a network failure", async () => {
    fake.setSlowMs(800);
    const error = await rejection(adapter().getShipment("KPR100063"));
    expect(error).toMatchObject({ kind: "network" });
  });
});
