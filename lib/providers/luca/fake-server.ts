import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isEttn } from "@/lib/einvoice/invoice-number";
import { parseTaxId } from "@/lib/einvoice/tax-id";

/*
 * Loopback fake of Luca Koza (`/Yetki/*.do`, cookie session, branch gate, HTML page on an expired session, validation,
 * Turkish text kept as sent) and of the TÜRMOB e-invoice API (`/api/...`, token login, Result/ErrorMessage envelope,
 * per-series yearly numbering, a seeded registered-user list), from the fact sheet's list. It never calls out.
 */
export type LucaFakeOptions = {
  memberNumber: string;
  username: string;
  password: string;
  branches?: { id: number; ack: string }[];
  einvoiceUser: string;
  einvoicePassword: string;
  /** VKN/TCKNs registered as e-Fatura users. */
  registeredUsers?: string[];
  /** Idle time after which a Koza session answers HTML. */
  sessionIdleMs?: number;
  now?: () => Date;
  port?: number;
};

type Row = Record<string, unknown>;
export type FakeEInvoice = {
  Ettn: string;
  InvoiceNumber: string;
  RecipientType: 1 | 2;
  Status: "Draft" | "Sent" | "Cancelled";
  body: Row;
  CancelReason?: string;
};

export type LucaFake = {
  baseUrl: string;
  kozaUrl: string;
  /** Calls per action / API path. */
  calls: Record<string, number>;
  customers: Map<string, Row>;
  stockCards: Map<string, Row>;
  invoices: Row[];
  einvoices: Map<string, FakeEInvoice>;
  /** Ends every Koza session now (the next call answers HTML). */
  expireSessions(): void;
  /** While set, saving an e-invoice fails with this message (null: back to normal). */
  setEInvoiceFailure(message: string | null): void;
  reset(): void;
  close(): Promise<void>;
};

const KDV_FRACTIONS = [0, 0.01, 0.1, 0.2];
const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const HTML_LOGIN =
  "<!DOCTYPE html><html><head><title>Luca Koza</title></head><body><form action='Giris.do'></form></body></html>";

export async function startLucaFake(options: LucaFakeOptions): Promise<LucaFake> {
  const now = () => (options.now?.() ?? new Date()).getTime();
  const idleMs = options.sessionIdleMs ?? 20 * 60_000;
  const branches = options.branches ?? [{ id: 12345, ack: "Merkez Şube" }];
  const registered = new Set(options.registeredUsers ?? []);
  const sessions = new Map<string, { branch: number | null; seenAt: number }>();
  const tokens = new Map<string, number>();
  const calls: Record<string, number> = {};
  const customers = new Map<string, Row>();
  const stockCards = new Map<string, Row>();
  const invoices: Row[] = [];
  const einvoices = new Map<string, FakeEInvoice>();
  const sequences = new Map<string, number>();
  let einvoiceFailure: string | null = null;
  let nextId = 1000;

  const ok = (extra: Row = {}) => ({ code: 0, message: "İşlem başarılı", ...extra });
  const refuse = (code: number, message: string) => ({ code, message });

  function validDate(value: unknown) {
    const match = DATE.exec(String(value ?? ""));
    if (!match) return false;
    const [, d, m, y] = match;
    const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.getUTCDate() === Number(d);
  }
  const toTime = (value: unknown) => {
    const [, d, m, y] = DATE.exec(String(value)) ?? [];
    return Date.parse(`${y}-${m}-${d}T00:00:00Z`);
  };
  const inRange = (value: string, filter: Row | undefined, key: string) => {
    const from = filter?.[`${key}Bas`];
    const to = filter?.[`${key}Bit`];
    return (from === undefined || value >= String(from)) && (to === undefined || value <= String(to));
  };

  const koza: Record<string, (body: Row) => unknown> = {
    YdlUserResponsibilityOrgSs: () => branches,
    GuncelleYtkSirketSubeDegistir: () => ({}), // handled with the session below
    EkleFinMusteriWS(body) {
      const code = String(body.kartKod ?? "");
      if (!code || !String(body.tanim ?? "").trim()) return refuse(1, "Kart kodu ve tanım zorunludur");
      if (customers.has(code)) return refuse(1, `${code} kodlu cari zaten var`);
      const tax = String(body.vergiNo || body.tcKimlikNo || "");
      if (!parseTaxId(tax)) return refuse(1, "Vergi numarası / TC kimlik numarası geçersiz");
      const row = { ...body, kod: code, finansalNesneId: nextId++ };
      customers.set(code, row);
      return ok({ finansalNesneId: row.finansalNesneId });
    },
    ListeleFinMusteri(body) {
      const filter = ((body.finMusteri as Row | undefined)?.gnlFinansalNesne ?? {}) as Row;
      return [...customers.values()].filter((row) => inRange(String(row.kod), filter, "kod"));
    },
    EkleStkWsSkart(body) {
      const code = String(body.kartKodu ?? "");
      if (!code || !String(body.kartAdi ?? "").trim()) return refuse(1, "Kart kodu ve adı zorunludur");
      if (!KDV_FRACTIONS.includes(Number(body.kdvOran))) return refuse(1, "KDV oranı geçersiz");
      if (stockCards.has(code)) return refuse(1, `${code} kodlu stok kartı zaten var`);
      const row = { ...body, skartId: nextId++ };
      stockCards.set(code, row);
      return ok({ skartId: row.skartId });
    },
    ListeleStkSkart(body) {
      const filter = (body.stkSkart ?? {}) as Row;
      return [...stockCards.values()].filter((row) => inRange(String(row.kartKodu), filter, "kod"));
    },
    EkleFtrWsFaturaBaslik(body) {
      if (!validDate(body.belgeTarihi) || !validDate(body.vadeTarihi))
        return refuse(1, "Tarih formatı gg/aa/yyyy olmalı");
      if (!customers.has(String(body.cariKodu))) return refuse(1, `${String(body.cariKodu)} kodlu cari bulunamadı`);
      const lines = (body.detayList ?? []) as Row[];
      if (lines.length === 0) return refuse(1, "Fatura satırı yok");
      for (const line of lines) {
        if (!KDV_FRACTIONS.includes(Number(line.kdvOran))) return refuse(1, "KDV oranı geçersiz");
        if (!stockCards.has(String(line.kartKodu)))
          return refuse(1, `${String(line.kartKodu)} kodlu stok kartı bulunamadı`);
      }
      const tracking = String(body.belgeTakipNo ?? "");
      if (tracking && invoices.some((invoice) => invoice.belgeTakipNo === tracking))
        return refuse(1, `${tracking} takip numaralı belge zaten var`);
      const row = { ...body, ssFaturaBaslikId: nextId++ };
      invoices.push(row);
      return ok({ ssFaturaBaslikId: row.ssFaturaBaslikId });
    },
    ListeleFtrSsFaturaBaslik(body) {
      const filter = ((body.ftrSsFaturaBaslik as Row | undefined)?.gnlOrgSsBelge ?? {}) as Row;
      const from = filter.belgeTarihiBas ? toTime(filter.belgeTarihiBas) : -Infinity;
      const to = filter.belgeTarihiBit ? toTime(filter.belgeTarihiBit) : Infinity;
      return invoices
        .filter((invoice) => toTime(invoice.belgeTarihi) >= from && toTime(invoice.belgeTarihi) <= to)
        .flatMap((invoice) =>
          ((invoice.detayList ?? []) as Row[]).map((line) => ({
            ssFaturaBaslikId: invoice.ssFaturaBaslikId,
            belgeTarihi: invoice.belgeTarihi,
            belgeTakipNo: invoice.belgeTakipNo,
            cariKodu: invoice.cariKodu,
            kartKodu: line.kartKodu,
            stokKartAdi: line.kartAdi,
            miktar: line.miktar,
            kdvOran: line.kdvOran,
          })),
        );
    },
  };

  function handleKoza(action: string, body: Row, req: IncomingMessage, res: ServerResponse) {
    const json = (value: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", ...headers }).end(JSON.stringify(value));
    if (action === "Giris") {
      const org = body.orgCode ?? body.uyeNo;
      const user = body.userName ?? body.kullaniciAdi;
      const password = body.userPassword ?? body.sifre;
      if (org !== options.memberNumber || user !== options.username || password !== options.password)
        return json(refuse(99, "Kullanıcı-Parola Bilgisi Yanlış!"));
      const id = randomUUID().replaceAll("-", "").toUpperCase();
      sessions.set(id, { branch: null, seenAt: now() });
      return json(ok(), { "set-cookie": `JSESSIONID=${id}; Path=/Yetki; HttpOnly` });
    }
    const id = /JSESSIONID=([^;]+)/.exec(req.headers.cookie ?? "")?.[1];
    const session = id ? sessions.get(id) : undefined;
    if (!session || now() - session.seenAt > idleMs) {
      if (id) sessions.delete(id);
      return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(HTML_LOGIN);
    }
    session.seenAt = now();
    if (action === "GuncelleYtkSirketSubeDegistir") {
      const branch = branches.find((b) => b.id === Number(body.orgSirketSubeId));
      if (!branch) return json(refuse(1, "Şirket şube bulunamadı"));
      session.branch = branch.id;
      return json({ message: "Oturumda Çalıştığınız Şirket Şube Başarıyla Değiştirildi.", sirketSubeAdi: branch.ack });
    }
    const handler = koza[action];
    if (!handler) return res.writeHead(404, { "content-type": "text/html" }).end("<html>404</html>");
    if (action !== "YdlUserResponsibilityOrgSs" && session.branch === null)
      return json(refuse(2, "Lütfen önce şirket şube seçiniz"));
    return json(handler(body));
  }

  function handleApi(path: string, body: Row, url: URL, req: IncomingMessage, res: ServerResponse) {
    const json = (value: unknown, status = 200) =>
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(value));
    const result = (data: unknown = null) => json({ Result: 0, ErrorMessage: null, Data: data });
    const fail = (message: string) => json({ Result: 1, ErrorMessage: message, Data: null });
    if (path === "/api/Account/Login") {
      if (body.IdentificationNumber !== options.einvoiceUser || body.Password !== options.einvoicePassword)
        return fail("Kullanıcı adı veya şifre hatalı");
      const token = randomUUID();
      const expires = now() + 60 * 60_000;
      tokens.set(token, expires);
      return json({
        Token: token,
        ExpiresOn: new Date(expires).toISOString(),
        CompanyList: [{ IdFirma: 42, SchemaName: "fake", FirmaAdi: "Köprü Test A.Ş." }],
        Result: 0,
        ErrorMessage: null,
      });
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const expires = token ? tokens.get(token) : undefined;
    if (!expires || expires < now()) return json({ Message: "Authorization has been denied for this request." }, 401);
    const companyId = body.CompanyId ?? url.searchParams.get("CompanyId");
    if (String(companyId) !== "42") return fail("Firma bulunamadı");
    const ettn = String(body.Ettn ?? url.searchParams.get("ettn") ?? "");
    switch (path) {
      case "/api/Company/GetGibUserByVknTckn": {
        const id = String(body.VknTckn ?? "");
        return result(registered.has(id) ? [{ Identifier: id, Alias: `urn:mail:defaultpk@${id}.com` }] : []);
      }
      case "/api/Invoice/SaveInvoice":
      case "/api/Invoice/SaveArchive": {
        if (einvoiceFailure) return fail(einvoiceFailure);
        const isArchive = path.endsWith("Archive");
        if (!isEttn(ettn)) return fail("ETTN geçerli bir UUID değil");
        if (einvoices.has(ettn)) return fail("Bu ETTN ile kayıtlı belge var");
        const recipient = (body.Recipient ?? {}) as Row;
        const taxId = parseTaxId(String(recipient.IdentificationNumber ?? ""));
        if (!taxId) return fail("Alıcı VKN/TCKN geçersiz");
        if (!isArchive && !registered.has(taxId.value)) return fail("Alıcı e-Fatura mükellefi değil");
        const series = isArchive ? "EAR" : "FTR";
        const year = new Date(String(body.IssueDate ?? new Date(now()).toISOString())).getUTCFullYear();
        const key = `${series}${year}`;
        const sequence = (sequences.get(key) ?? 0) + 1;
        sequences.set(key, sequence);
        const invoiceNumber = `${key}${String(sequence).padStart(9, "0")}`;
        einvoices.set(ettn, {
          Ettn: ettn,
          InvoiceNumber: invoiceNumber,
          RecipientType: isArchive ? 2 : 1,
          Status: "Draft",
          body,
        });
        return result({ InvoiceNumber: invoiceNumber, Ettn: ettn });
      }
      case "/api/Invoice/SendStagingInvoice":
      case "/api/Invoice/SendStagingArchive": {
        const invoice = einvoices.get(ettn);
        if (!invoice) return fail("Belge bulunamadı");
        if (invoice.Status === "Draft") invoice.Status = "Sent";
        return result({ Ettn: ettn, Status: invoice.Status });
      }
      case "/api/Invoice/GetStagingInvoiceList": {
        const rows = [...einvoices.values()]
          .filter((invoice) => !body.Ettn || invoice.Ettn === body.Ettn)
          .map((invoice) => ({
            Ettn: invoice.Ettn,
            InvoiceNumber: invoice.InvoiceNumber,
            RecipientType: invoice.RecipientType,
            Status: invoice.Status,
          }));
        return result(rows);
      }
      case "/api/Invoice/GetInvoicePdf": {
        const invoice = einvoices.get(ettn);
        if (!invoice) return fail("Belge bulunamadı");
        return res
          .writeHead(200, { "content-type": "application/pdf" })
          .end(`%PDF-1.4\n% ${invoice.InvoiceNumber} ${invoice.Ettn}\n%%EOF\n`);
      }
      case "/api/Invoice/CancelEArchiveInvoice": {
        const invoice = einvoices.get(ettn);
        if (!invoice) return fail("Belge bulunamadı");
        if (invoice.RecipientType !== 2) return fail("Yalnızca e-Arşiv faturalar iptal edilebilir");
        if (!String(body.CancelReason ?? "").trim()) return fail("İptal nedeni zorunludur");
        invoice.Status = "Cancelled";
        invoice.CancelReason = String(body.CancelReason);
        return result({ Ettn: ettn, Status: "Cancelled" });
      }
      default:
        return json({ Message: "No HTTP resource was found that matches the request URI." }, 404);
    }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      let body: Row = {};
      try {
        const raw = Buffer.concat(chunks).toString("utf8");
        if (raw.trim()) body = JSON.parse(raw) as Row;
      } catch {
        return res
          .writeHead(400, { "content-type": "application/json" })
          .end('{"code":400,"message":"JSON okunamadı"}');
      }
      // Test control (not Luca's API), for an e2e run in another process.
      if (url.pathname === "/__fake/state")
        return res.writeHead(200, { "content-type": "application/json" }).end(
          JSON.stringify({
            calls,
            invoices: invoices.length,
            einvoices: [...einvoices.values()].map((e) => e.InvoiceNumber),
          }),
        );
      if (url.pathname === "/__fake/einvoice-failure") {
        einvoiceFailure = typeof body.message === "string" ? body.message : null;
        return res.writeHead(204).end();
      }
      const kozaAction = /^\/Yetki\/([A-Za-z]+)\.do$/.exec(url.pathname)?.[1];
      const name = kozaAction ?? url.pathname;
      calls[name] = (calls[name] ?? 0) + 1;
      if (kozaAction) return handleKoza(kozaAction, body, req, res);
      if (url.pathname.startsWith("/api/")) return handleApi(url.pathname, body, url, req, res);
      res.writeHead(404, { "content-type": "text/html" }).end("<html><body>404</body></html>");
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    kozaUrl: `${baseUrl}/Yetki/`,
    calls,
    customers,
    stockCards,
    invoices,
    einvoices,
    expireSessions: () => sessions.clear(),
    setEInvoiceFailure: (message) => void (einvoiceFailure = message),
    reset() {
      for (const key of Object.keys(calls)) delete calls[key];
      customers.clear();
      stockCards.clear();
      invoices.length = 0;
      einvoices.clear();
      sequences.clear();
      sessions.clear();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
