import { ProviderError } from "@/lib/errors";

export type KozaClientOptions = {
  /** `https://akozas.luca.com.tr/Yetki/` or an on-prem `http://host:port/Yetki/`. */
  baseUrl: string;
  memberNumber: string;
  username: string;
  password: string;
  /** The branch to work in; empty = the user's only branch. */
  branchId?: string;
  fetch: typeof fetch;
};

export type KozaClient = {
  /** POST `<action>.do` with a JSON body in the selected branch; logs in (again) when needed. */
  call<T = unknown>(action: string, body?: unknown, options?: { noPaging?: boolean; query?: string }): Promise<T>;
  /** Logs in and selects the branch now (the connection test). */
  open(): Promise<{ branchId: string; branchName: string }>;
};

class SessionLost extends Error {}

/**
 * Koza's cookie session: `Giris.do`, then branch selection, then data calls. A lost session answers an HTML page with
 * HTTP 200 instead of JSON; the client then logs in, selects the branch and retries the call once.
 */
export function createKozaClient(options: KozaClientOptions): KozaClient {
  const base = options.baseUrl.endsWith("/") ? options.baseUrl : `${options.baseUrl}/`;
  let cookie: string | null = null;
  let isReady = false;
  let opening: Promise<{ branchId: string; branchName: string }> | null = null;

  async function post(action: string, body: unknown, extra: { noPaging?: boolean; query?: string } = {}) {
    const headers: Record<string, string> = {
      "Content-Type": "application/json; charset=utf-8",
      Accept: "application/json",
    };
    if (cookie) headers.Cookie = cookie;
    if (extra.noPaging) headers["No-Paging"] = "true";
    const response = await options.fetch(`${base}${action}.do${extra.query ? `?${extra.query}` : ""}`, {
      method: "POST",
      headers,
      body: JSON.stringify(body ?? {}),
    });
    const setCookie = response.headers.get("set-cookie");
    const session = setCookie && /JSESSIONID=([^;]+)/.exec(setCookie)?.[1];
    if (session) cookie = `JSESSIONID=${session}`;
    const text = await response.text();
    if (response.status >= 500) {
      throw new ProviderError("unavailable", `Luca answered ${action} with HTTP ${response.status}`, {
        status: response.status,
        messageKey: "errors.luca_unavailable",
        params: { action, status: response.status },
      });
    }
    if (/^\s*</.test(text)) throw new SessionLost(action);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ProviderError("bad_response", `Luca answered ${action} with something other than JSON`, {
        messageKey: "errors.luca_bad_response",
        params: { action },
      });
    }
  }

  const codeOf = (answer: unknown) =>
    answer && typeof answer === "object" && "code" in answer ? Number((answer as { code: unknown }).code) : undefined;
  const messageOf = (answer: unknown) =>
    answer && typeof answer === "object" && "message" in answer ? String((answer as { message: unknown }).message) : "";

  async function login() {
    cookie = null;
    isReady = false;
    const answer = await post("Giris", {
      orgCode: options.memberNumber,
      userName: options.username,
      userPassword: options.password,
    }).catch((error: unknown) => {
      if (error instanceof SessionLost) throw new ProviderError("bad_response", "Luca's login answered HTML");
      throw error;
    });
    if (codeOf(answer) !== 0) {
      throw new ProviderError("auth", "Luca rejected the member number, user name or password", {
        providerCode: String(codeOf(answer) ?? ""),
        providerMessage: messageOf(answer),
        messageKey: "errors.luca_credentials",
      });
    }
    const branches = (await post("YdlUserResponsibilityOrgSs", {})) as unknown;
    const list = (Array.isArray(branches) ? branches : ((branches as { list?: unknown[] })?.list ?? [])) as Record<
      string,
      unknown
    >[];
    const normalised = list.map((b) => ({
      id: String(b.id ?? b.orgSirketSubeId ?? ""),
      name: String(b.ack ?? b.sirketSubeAdi ?? ""),
    }));
    const wanted = options.branchId
      ? normalised.find((b) => b.id === options.branchId)
      : normalised.length === 1
        ? normalised[0]
        : undefined;
    if (!wanted) {
      throw new ProviderError("invalid_request", "Set the Luca branch id: the user has none or several branches", {
        messageKey: options.branchId ? "errors.luca_branch_unknown" : "errors.luca_branch_required",
        params: { branches: normalised.map((b) => `${b.id} ${b.name}`).join(", ") },
      });
    }
    await post("GuncelleYtkSirketSubeDegistir", { orgSirketSubeId: Number(wanted.id) });
    isReady = true;
    return { branchId: wanted.id, branchName: wanted.name };
  }

  async function ensureOpen() {
    if (isReady && !opening) return;
    opening ??= login().finally(() => {
      opening = null;
    });
    await opening;
  }

  async function call<T>(action: string, body?: unknown, extra?: { noPaging?: boolean; query?: string }): Promise<T> {
    await ensureOpen();
    let answer: unknown;
    try {
      answer = await post(action, body, extra);
    } catch (error) {
      if (!(error instanceof SessionLost)) throw error;
      isReady = false;
      await ensureOpen();
      try {
        answer = await post(action, body, extra);
      } catch (again) {
        if (again instanceof SessionLost)
          throw new ProviderError("auth", "Luca keeps ending the session", { messageKey: "errors.luca_session" });
        throw again;
      }
    }
    const code = codeOf(answer);
    if (code !== undefined && code !== 0) {
      throw new ProviderError("invalid_request", `Luca refused ${action}`, {
        providerCode: String(code),
        providerMessage: messageOf(answer),
        messageKey: "errors.luca_refused",
        params: { action },
      });
    }
    return answer as T;
  }

  return {
    call,
    async open() {
      return login();
    },
  };
}
