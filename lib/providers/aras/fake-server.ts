import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { asList, asText, buildEnvelope, buildXml, parseEnvelope, parseXml, pick, SOAP11_NS } from "./soap";

/*
 * Loopback fake of Aras's two SOAP services, built from the fact sheet's "what a fake must emulate" list: the ASMX order
 * service and the WCF query service on their own paths, dispatched on SOAPAction (quoted or not, or the SOAP 1.2
 * content-type `action`) or else the first Body element; SetOrder validation (doc-A codes); a waybill state machine
 * tests advance; GetQueryJSON answering a JSON *string*; faults, an HTML 404 and a slow mode. It never calls out.
 */
export const ARAS_FAKE_ORDER_PATH = "/arascargoservice/arascargoservice.asmx";
export const ARAS_FAKE_QUERY_PATH = "/ArasCargoIntegrationService.svc";

export type ArasFakeOptions = {
  username: string;
  password: string;
  queryUsername: string;
  queryPassword: string;
  customerCode: string;
  port?: number;
  now?: () => Date;
};

/** 0 = registered (no waybill); then DURUM_KODU 1 (waybill cut) → 2 → 3 → 4 → 6 delivered. */
const WALK = ["0", "1", "2", "3", "4", "6"] as const;

export type FakeArasShipment = {
  order: Record<string, unknown>;
  barcodes: string[];
  updates: number;
  durum: (typeof WALK)[number];
  tip: "1" | "3";
  devir: string;
  trackingNumber: string | null;
  movements: { at: Date; durum: string; tip: string; text: string }[];
};

export type ArasFake = {
  orderUrl: string;
  queryUrl: string;
  /** Requests per operation name (rejected ones included). */
  calls: Record<string, number>;
  shipments: Map<string, FakeArasShipment>;
  /** Moves a shipment one step along the walk (or to `durum`); returns the new DURUM_KODU. */
  advance(integrationCode: string, durum?: (typeof WALK)[number]): string;
  /** Marks the shipment as a return (TIP_KODU 3), optionally with a deferral code (`KE` refused…). */
  markReturned(integrationCode: string, devir?: string): void;
  setSlowMs(ms: number): void;
  /** `Cargo` as an array (true) or a single object (false, default alternates per call). */
  setCargoShape(shape: "object" | "array" | "alternate"): void;
  /** Answer with Turkish spaced keys (`KARGO TAKİP NO`) as some accounts do. */
  setTurkishKeys(on: boolean): void;
  close(): Promise<void>;
};

const DURUMU: Record<string, string> = {
  "1": "ÇIKIŞ ŞUBESİNDE",
  "2": "YOLDA",
  "3": "TESLİMAT ŞUBESİNDE",
  "4": "DAĞITIMDA",
  "6": "TESLİM EDİLDİ",
};

const pad = (n: number) => String(n).padStart(2, "0");
/** `dd.MM.yyyy HH:mm:ss` in Turkey time, as Aras prints it. */
function arasDate(date: Date): string {
  const tr = new Date(date.getTime() + 3 * 3600_000);
  return `${pad(tr.getUTCDate())}.${pad(tr.getUTCMonth() + 1)}.${tr.getUTCFullYear()} ${pad(tr.getUTCHours())}:${pad(tr.getUTCMinutes())}:${pad(tr.getUTCSeconds())}`;
}

export async function startArasFake(options: ArasFakeOptions): Promise<ArasFake> {
  const now = options.now ?? (() => new Date());
  const shipments = new Map<string, FakeArasShipment>();
  const usedBarcodes = new Map<string, string>();
  const calls: Record<string, number> = {};
  let slowMs = 0;
  let cargoShape: "object" | "array" | "alternate" = "alternate";
  let turkishKeys = false;
  let queries = 0;
  let nextTracking = 3_400_000_000_001;

  const soap = (operation: string, result: unknown) =>
    buildEnvelope(`${operation}Response`, { [`${operation}Result`]: result as string });

  function fault(message: string) {
    return {
      status: 500,
      type: "text/xml; charset=utf-8",
      body: buildXml({
        "soap:Envelope": {
          "@_xmlns:soap": SOAP11_NS,
          "soap:Body": { "soap:Fault": { faultcode: "soap:Server", faultstring: message } },
        },
      }),
    };
  }

  const orderAuth = (content: unknown) =>
    asText(pick(content, "userName")) === options.username && asText(pick(content, "password")) === options.password;

  function validate(order: Record<string, unknown>, content: unknown): string {
    const field = (name: string) => asText(order[name]).trim();
    if (!orderAuth(content) || field("UserName") !== options.username || field("Password") !== options.password)
      return "1000";
    const code = field("IntegrationCode");
    if (!code || code.length > 32) return "935";
    if (field("ReceiverName").length > 100) return "934";
    if (["ReceiverName", "ReceiverAddress", "ReceiverCityName", "ReceiverTownName"].some((name) => !field(name)))
      return "936";
    if (!/^\d{10,11}$/.test(field("ReceiverPhone1"))) return "935";
    if (field("ReceiverAddress").length > 250) return "70018";
    const isCod = field("IsCod") === "1";
    if (isCod && field("PayorTypeCode") === "2") return "936";
    if (isCod) {
      const amount = Number(field("CodAmount"));
      if (!(amount >= 5 && amount <= 5000)) return "70026";
    }
    const pieces = asList<Record<string, unknown>>(pick(order.PieceDetails, "PieceDetail"));
    if (pieces.length > 0 || order.PieceCount !== undefined) {
      if (!(Number(field("PieceCount")) > 0)) return "70021";
      const barcodes = pieces.map((piece) => asText(piece.BarcodeNumber).trim());
      if (barcodes.some((barcode) => !barcode)) return "70022";
      if (new Set(barcodes).size !== barcodes.length) return "70028";
      if (barcodes.some((barcode) => (usedBarcodes.get(barcode) ?? code) !== code)) return "70026";
    }
    const existing = shipments.get(code);
    if (existing && existing.durum !== "0") return "60022";
    if (existing && existing.updates >= 20) return "935";
    return "0";
  }

  function setOrder(content: unknown): string {
    const orders = asList<Record<string, unknown>>(pick(pick(content, "orderInfo"), "Order"));
    const results = (orders.length ? orders : [{}]).map((order) => {
      const code = orders.length ? validate(order, content) : "60020";
      if (code === "0") {
        const integrationCode = asText(order.IntegrationCode).trim();
        const barcodes = asList<Record<string, unknown>>(pick(order.PieceDetails, "PieceDetail")).map((piece) =>
          asText(piece.BarcodeNumber).trim(),
        );
        const existing = shipments.get(integrationCode);
        for (const barcode of existing?.barcodes ?? []) usedBarcodes.delete(barcode);
        for (const barcode of barcodes) usedBarcodes.set(barcode, integrationCode);
        shipments.set(integrationCode, {
          ...(existing ?? { durum: "0", tip: "1", devir: "", trackingNumber: null, movements: [], updates: -1 }),
          order,
          barcodes,
          updates: (existing?.updates ?? -1) + 1,
        });
      }
      return {
        ResultCode: code,
        ResultMessage: code === "0" ? "Başarılı" : `Hata ${code}`,
        InvoiceKey: "",
        OrgReceiverCustId: "",
      };
    });
    return soap("SetOrder", { OrderResultInfo: results });
  }

  function getOrder(content: unknown) {
    if (!orderAuth(content)) return fault("Kullanıcı adı veya şifre hatalı");
    const shipment = shipments.get(asText(pick(content, "integrationCode")));
    return soap("GetOrderWithIntegrationCode", shipment ? { Order: [shipment.order] } : "");
  }

  function cancel(content: unknown): string {
    const code = asText(pick(content, "integrationCode"));
    const shipment = shipments.get(code);
    const reply = (resultCode: string, message: string) =>
      soap("CancelDispatch", { ResultCode: resultCode, ResultMessage: message });
    if (!orderAuth(content)) return reply("-2", "Kullanıcı adı veya şifre hatalı");
    if (!shipment) return reply("-1", "Kayıt bulunamadı");
    if (shipment.durum !== "0") return reply("999", "İrsaliyesi kesilmiş gönderi iptal edilemez");
    shipments.delete(code);
    for (const barcode of shipment.barcodes) usedBarcodes.delete(barcode);
    return reply("1", `${code} Başarılı bir şekilde silindi.`);
  }

  function row(code: string, shipment: FakeArasShipment): Record<string, string> {
    const last = shipment.movements.at(-1);
    const delivered = shipment.durum === "6" && last ? arasDate(last.at).split(" ") : ["", ""];
    const fields: Record<string, string> = {
      MUSTERI_OZEL_KODU: code,
      IRSALIYE_NUMARA: asText(shipment.order.TradingWaybillNumber),
      ALICI: asText(shipment.order.ReceiverName),
      KARGO_TAKIP_NO: shipment.trackingNumber ?? "",
      CIKIS_SUBE: "İSTANBUL TRANSFER",
      VARIS_SUBE: asText(shipment.order.ReceiverTownName),
      ADET: String(shipment.barcodes.length || 1),
      ODEME_TIPI: "ÜG",
      TESLIM_ALAN: shipment.durum === "6" ? asText(shipment.order.ReceiverName) : "",
      TESLIM_TARIHI: delivered[0] ?? "",
      TESLIM_SAATI: (delivered[1] ?? "").slice(0, 5),
      TIP_KODU: shipment.tip,
      DURUM_KODU: shipment.durum,
      DURUMU: DURUMU[shipment.durum] ?? "",
      DEVIR_KODU: shipment.devir,
      KARGO_LINK_NO: shipment.trackingNumber ?? "",
      ISLEM_TARIHI: last ? arasDate(last.at) : "",
    };
    if (!turkishKeys) return fields;
    return Object.fromEntries(
      Object.entries(fields).map(([key, value]) => [key.replaceAll("_", " ").replace("TAKIP", "TAKİP"), value]),
    );
  }

  function query(content: unknown): string {
    const reply = (text: string) => soap("GetQueryJSON", text);
    let login: unknown;
    let info: unknown;
    try {
      login = pick(parseXml(asText(pick(content, "loginInfo"))), "LoginInfo");
      info = pick(parseXml(asText(pick(content, "queryInfo"))), "QueryInfo");
    } catch {
      return reply("Sorgu bilgileri okunamadı");
    }
    if (
      asText(pick(login, "UserName")) !== options.queryUsername ||
      asText(pick(login, "Password")) !== options.queryPassword ||
      asText(pick(login, "CustomerCode")) !== options.customerCode
    )
      return reply("Kullanıcı adı veya şifre hatalı");
    queries++;
    const type = asText(pick(info, "QueryType"));
    const byCode = (): [string, FakeArasShipment] | undefined => {
      const code = asText(pick(info, "IntegrationCode"));
      const tracking = asText(pick(info, "TrackingNumber"));
      if (code) return shipments.has(code) ? [code, shipments.get(code)!] : undefined;
      return [...shipments].find(([, s]) => tracking && s.trackingNumber === tracking);
    };
    const wrap = (rows: Record<string, string>[]) => {
      if (rows.length === 0) return JSON.stringify({ QueryResult: null });
      const asArray = cargoShape === "array" || (cargoShape === "alternate" && queries % 2 === 0) || rows.length > 1;
      return JSON.stringify({ QueryResult: { Cargo: asArray ? rows : rows[0] } });
    };
    if (type === "1" || type === "2") {
      const found = byCode();
      return reply(wrap(found && found[1].durum !== "0" ? [row(found[0], found[1])] : []));
    }
    if (type === "9") {
      const found = byCode();
      const movements = found?.[1].movements ?? [];
      return reply(
        wrap(
          movements.map((m) => ({
            ISLEM_TARIHI: arasDate(m.at),
            DURUM_KODU: m.durum,
            TIP_KODU: m.tip,
            DURUMU: m.text,
            BIRIM: asText(found?.[1].order.ReceiverTownName),
          })),
        ),
      );
    }
    if (type === "12") {
      return reply(wrap([...shipments].filter(([, s]) => s.durum !== "0").map(([code, s]) => row(code, s))));
    }
    return reply(JSON.stringify({ QueryResult: null }));
  }

  const ORDER_OPERATIONS: Record<string, (content: unknown) => string | ReturnType<typeof fault>> = {
    SetOrder: setOrder,
    GetOrderWithIntegrationCode: getOrder,
    CancelDispatch: cancel,
  };

  function advance(integrationCode: string, durum?: (typeof WALK)[number]): string {
    const shipment = shipments.get(integrationCode);
    if (!shipment) throw new Error(`fake Aras: no shipment ${integrationCode}`);
    const next = durum ?? WALK[Math.min(WALK.indexOf(shipment.durum) + 1, WALK.length - 1)]!;
    shipment.durum = next;
    if (next !== "0" && !shipment.trackingNumber) shipment.trackingNumber = String(nextTracking++);
    shipment.movements.push({ at: now(), durum: next, tip: shipment.tip, text: DURUMU[next] ?? "" });
    return next;
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const send = (status: number, type: string, body: string) => {
        const write = () => res.writeHead(status, { "content-type": type }).end(body);
        if (slowMs > 0) setTimeout(write, slowMs);
        else write();
      };
      const url = new URL(req.url ?? "/", "http://fake");
      const path = url.pathname.toLowerCase();
      // Test control (not Aras's API), for an e2e run in another process: the branch cuts the waybill, delivers.
      if (path === "/__fake/advance") {
        const { code, durum } = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as {
          code?: string;
          durum?: string;
        };
        if (!code || !shipments.has(code)) return send(404, "application/json", '{"error":"no such shipment"}');
        const next = advance(code, durum as (typeof WALK)[number] | undefined);
        return send(200, "application/json", JSON.stringify({ durum: next }));
      }
      if (path === "/__fake/state")
        return send(200, "application/json", JSON.stringify({ calls, shipments: [...shipments.keys()] }));
      const isOrder = path === ARAS_FAKE_ORDER_PATH.toLowerCase();
      const isQuery = path === ARAS_FAKE_QUERY_PATH.toLowerCase();
      if (!isOrder && !isQuery) {
        return send(
          404,
          "text/html; charset=utf-8",
          "<html><body><h1>404 - Dosya veya dizin bulunamadı.</h1></body></html>",
        );
      }
      if (req.method === "GET" && url.searchParams.has("wsdl")) {
        return send(
          200,
          "text/xml; charset=utf-8",
          '<?xml version="1.0"?><definitions xmlns="http://schemas.xmlsoap.org/wsdl/"/>',
        );
      }
      const parsed = parseEnvelope(Buffer.concat(chunks).toString("utf8"));
      const actionHeader =
        String(req.headers.soapaction ?? "") ||
        /action="?([^";]+)/.exec(String(req.headers["content-type"]))?.[1] ||
        "";
      const action = actionHeader.replaceAll('"', "").split("/").at(-1) ?? "";
      const operation = action || (parsed.kind === "body" ? parsed.operation : "");
      calls[operation || "?"] = (calls[operation || "?"] ?? 0) + 1;
      if (parsed.kind !== "body")
        return reply(fault("Server was unable to process request. ---> Data at the root level is invalid."));
      const handler = isOrder ? ORDER_OPERATIONS[operation] : operation === "GetQueryJSON" ? query : undefined;
      if (!handler)
        return reply(fault(`Server did not recognize the value of HTTP Header SOAPAction: ${actionHeader}.`));
      reply(handler(parsed.content));

      function reply(answer: string | ReturnType<typeof fault>) {
        if (typeof answer === "string") send(200, "text/xml; charset=utf-8", answer);
        else send(answer.status, answer.type, answer.body);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    orderUrl: base + ARAS_FAKE_ORDER_PATH,
    queryUrl: base + ARAS_FAKE_QUERY_PATH,
    calls,
    shipments,
    advance,
    markReturned(integrationCode, devir = "KE") {
      const shipment = shipments.get(integrationCode);
      if (!shipment) throw new Error(`fake Aras: no shipment ${integrationCode}`);
      shipment.tip = "3";
      shipment.devir = devir;
      shipment.movements.push({ at: now(), durum: shipment.durum, tip: "3", text: "İADE" });
    },
    setSlowMs: (ms) => void (slowMs = ms),
    setCargoShape: (shape) => void (cargoShape = shape),
    setTurkishKeys: (on) => void (turkishKeys = on),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
