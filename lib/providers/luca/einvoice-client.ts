import { ProviderError } from "@/lib/errors";

/*
 * Luca's TÜRMOB e-invoice API (fact sheet [one]): `POST /api/Account/Login` gives a token with `ExpiresOn` and the
 * company list; every answer carries `Result` (0 = success) and `ErrorMessage`. The token travels as a Bearer header
 * ([?] in the sheet; kept here only) and the company as `CompanyId`.
 */
export type EInvoiceClientOptions = {
  baseUrl: string;
  username: string;
  password: string;
  fetch: typeof fetch;
  now?: () => Date;
};

export type EInvoiceClient = {
  request<T extends Record<string, unknown>>(
    method: "GET" | "POST",
    path: string,
    body?: Record<string, unknown>,
  ): Promise<T>;
  /** The raw bytes of a GET (PDFs). */
  download(path: string): Promise<{ contentType: string; bytes: Uint8Array }>;
};

type Session = { token: string; companyId: string; expiresAt: number };

export function createEInvoiceClient(options: EInvoiceClientOptions): EInvoiceClient {
  const base = options.baseUrl.replace(/\/+$/, "");
  const now = () => (options.now?.() ?? new Date()).getTime();
  let session: Session | null = null;

  async function login(): Promise<Session> {
    const response = await options.fetch(`${base}/api/Account/Login`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ IdentificationNumber: options.username, Password: options.password }),
    });
    const answer = (await readJson(response, "Account/Login")) as {
      Token?: string;
      ExpiresOn?: string;
      CompanyList?: { IdFirma?: unknown }[];
    };
    const companyId = answer.CompanyList?.[0]?.IdFirma;
    if (!answer.Token || companyId === undefined) throw badResponse("Account/Login");
    const expiresAt = answer.ExpiresOn ? Date.parse(answer.ExpiresOn) : now() + 30 * 60_000;
    return { token: answer.Token, companyId: String(companyId), expiresAt };
  }

  async function authorised(): Promise<Session> {
    // Renew a minute early, so a token never expires mid-call.
    if (!session || session.expiresAt - 60_000 <= now()) session = await login();
    return session;
  }

  async function send(method: "GET" | "POST", path: string, body?: Record<string, unknown>) {
    const current = await authorised();
    const url = new URL(`${base}${path}`);
    if (method === "GET") {
      url.searchParams.set("CompanyId", current.companyId);
      for (const [key, value] of Object.entries(body ?? {})) url.searchParams.set(key, String(value));
    }
    return options.fetch(url, {
      method,
      headers: { Authorization: `Bearer ${current.token}`, "Content-Type": "application/json" },
      body: method === "POST" ? JSON.stringify({ CompanyId: current.companyId, ...body }) : undefined,
    });
  }

  return {
    async request(method, path, body) {
      let response = await send(method, path, body);
      if (response.status === 401) {
        session = null;
        response = await send(method, path, body);
      }
      return (await readJson(response, path)) as never;
    },
    async download(path) {
      const response = await send("GET", path);
      if (!response.ok) await readJson(response, path);
      return {
        contentType: response.headers.get("content-type") ?? "application/pdf",
        bytes: new Uint8Array(await response.arrayBuffer()),
      };
    },
  };
}

async function readJson(response: Response, path: string): Promise<Record<string, unknown>> {
  if (response.status === 401 || response.status === 403) {
    throw new ProviderError("auth", "Luca's e-invoice API rejected the user or password", {
      status: response.status,
      messageKey: "errors.luca_einvoice_credentials",
    });
  }
  if (response.status >= 500) {
    throw new ProviderError("unavailable", `Luca's e-invoice API answered ${path} with HTTP ${response.status}`, {
      status: response.status,
      messageKey: "errors.luca_unavailable",
      params: { action: path, status: response.status },
    });
  }
  let answer: Record<string, unknown>;
  try {
    answer = (await response.json()) as Record<string, unknown>;
  } catch {
    throw badResponse(path);
  }
  if (answer.Result !== undefined && Number(answer.Result) !== 0) {
    const isLogin = path.endsWith("Account/Login");
    throw new ProviderError(isLogin ? "auth" : "invalid_request", `Luca's e-invoice API refused ${path}`, {
      providerCode: String(answer.Result),
      providerMessage: typeof answer.ErrorMessage === "string" ? answer.ErrorMessage : undefined,
      messageKey: isLogin ? "errors.luca_einvoice_credentials" : "errors.luca_refused",
      params: { action: path },
    });
  }
  return answer;
}

const badResponse = (path: string) =>
  new ProviderError("bad_response", `Luca's e-invoice API answered ${path} in an unexpected shape`, {
    messageKey: "errors.luca_bad_response",
    params: { action: path },
  });
