import { parse as parseLosslessJson } from "lossless-json";
import { ProviderError } from "@/lib/errors";
import { asList, asText, buildEnvelope, buildXml, parseEnvelope, pick, type XmlNode } from "./soap";
import {
  CANCEL_RESULTS,
  cancelResultSchema,
  echoedOrderSchema,
  normaliseKeys,
  orderResultInfoSchema,
  setOrderMeaning,
  type EchoedOrder,
  type OrderResultInfo,
  type ResultMeaning,
} from "./wire";

export type ArasClientOptions = {
  /** Order service (ASMX). */
  orderUrl: string;
  /** Query service (WCF). */
  queryUrl: string;
  username: string;
  password: string;
  queryUsername: string;
  queryPassword: string;
  customerCode: string;
  fetch: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
};

/** The SetOrder `Order` element, in Aras's field order; values are rendered as text. */
export type ArasOrder = XmlNode & { IntegrationCode: string };

export type ArasClient = {
  setOrder(order: ArasOrder): Promise<OrderResultInfo>;
  getOrderWithIntegrationCode(integrationCode: string): Promise<EchoedOrder[]>;
  /** `cancelled`, or `not_found` when Aras does not know the code. */
  cancelDispatch(integrationCode: string): Promise<"cancelled" | "not_found">;
  /** Rows of `GetQueryJSON` with canonical keys; `[]` when Aras has nothing yet (no waybill). */
  queryJson(queryType: number, parameters: Record<string, string>): Promise<Record<string, string>[]>;
};

const QUERY_ACTION_PREFIX = "http://tempuri.org/IArasCargoIntegrationService/";
const ORDER_ACTION_PREFIX = "http://tempuri.org/";
const MAX_ATTEMPTS = 3;
// Wrong query logins come back as Turkish plain text inside the result instead of JSON.
const LOGIN_FAILURE = /kullan[ıi]c[ıi]|[şs]ifre|parola|login|yetki/i;

function resultError(meaning: ResultMeaning, code: string, providerMessage: string, operation: string): ProviderError {
  return new ProviderError(meaning.kind, `${meaning.message} (Aras ${operation} result ${code})`, {
    providerCode: code,
    providerMessage,
    messageKey: `errors.aras_${meaning.reason}`,
    params: { code, operation },
  });
}

export function createArasClient(options: ArasClientOptions): ArasClient {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  /** Every Aras call here is safe to repeat (SetOrder upserts on IntegrationCode), so transport failures retry. */
  async function call(url: string, action: string, operation: string, parameters: XmlNode): Promise<unknown> {
    const init: RequestInit = {
      method: "POST",
      headers: { "Content-Type": "text/xml; charset=utf-8", SOAPAction: `"${action}${operation}"` },
      body: buildEnvelope(operation, parameters),
    };
    for (let attempt = 1; ; attempt++) {
      try {
        return await callOnce(url, operation, init);
      } catch (error) {
        const retryable = error instanceof ProviderError ? error.isRetryable : true;
        if (!retryable || attempt >= MAX_ATTEMPTS) {
          if (error instanceof ProviderError) throw error;
          throw new ProviderError("network", `Aras could not be reached (${operation})`, { cause: error });
        }
        await sleep(1000 * 2 ** (attempt - 1));
      }
    }
  }

  async function callOnce(url: string, operation: string, init: RequestInit): Promise<unknown> {
    const response = await options.fetch(url, init);
    const body = await response.text();
    const parsed = parseEnvelope(body);
    if (parsed.kind === "fault") {
      // ASMX answers bad credentials on the read operations with a fault, not a result code.
      const isLogin = LOGIN_FAILURE.test(parsed.message);
      throw new ProviderError(
        isLogin ? "auth" : "invalid_request",
        isLogin ? "Aras rejected the order-service user name or password" : `Aras rejected the ${operation} request`,
        {
          status: response.status,
          providerCode: parsed.code,
          providerMessage: parsed.message,
          messageKey: isLogin ? "errors.aras_credentials" : "errors.aras_fault",
          params: { operation, code: parsed.code },
        },
      );
    }
    if (parsed.kind === "invalid" || parsed.operation !== `${operation}Response`) {
      const kind = response.status >= 500 ? "unavailable" : response.status === 404 ? "not_found" : "bad_response";
      throw new ProviderError(kind, `Aras answered ${operation} with something other than its SOAP response`, {
        status: response.status,
        messageKey: "errors.aras_bad_response",
        params: { operation, status: response.status },
      });
    }
    return pick(parsed.content, `${operation}Result`);
  }

  const orderCall = (operation: string, parameters: XmlNode) =>
    call(options.orderUrl, ORDER_ACTION_PREFIX, operation, parameters);

  return {
    async setOrder(order) {
      const credentials = { UserName: options.username, Password: options.password };
      const result = await orderCall("SetOrder", {
        orderInfo: { Order: { ...credentials, ...order } },
        userName: options.username,
        password: options.password,
      });
      const [info] = asList(pick(result, "OrderResultInfo"));
      const parsed = orderResultInfoSchema.safeParse(info);
      if (!parsed.success) throw badResponse("SetOrder");
      if (parsed.data.ResultCode !== "0") {
        const code = parsed.data.ResultCode;
        throw resultError(setOrderMeaning(code), code, parsed.data.ResultMessage, "SetOrder");
      }
      return parsed.data;
    },

    async getOrderWithIntegrationCode(integrationCode) {
      const result = await orderCall("GetOrderWithIntegrationCode", {
        userName: options.username,
        password: options.password,
        integrationCode,
      });
      return asList(pick(result, "Order")).map((order) => {
        const parsed = echoedOrderSchema.safeParse(order);
        if (!parsed.success) throw badResponse("GetOrderWithIntegrationCode");
        return parsed.data;
      });
    },

    async cancelDispatch(integrationCode) {
      const result = await orderCall("CancelDispatch", {
        userName: options.username,
        password: options.password,
        integrationCode,
      });
      const parsed = cancelResultSchema.safeParse(result);
      if (!parsed.success) throw badResponse("CancelDispatch");
      const { ResultCode: code, ResultMessage: message } = parsed.data;
      const meaning = CANCEL_RESULTS[code];
      if (meaning === "ok") return "cancelled";
      if (meaning === "not_found") return "not_found";
      throw resultError(
        meaning ?? { kind: "invalid_request", reason: "unknown", message: "Aras could not cancel the shipment" },
        code,
        message,
        "CancelDispatch",
      );
    },

    async queryJson(queryType, parameters) {
      const loginInfo = buildXml({
        LoginInfo: {
          UserName: options.queryUsername,
          Password: options.queryPassword,
          CustomerCode: options.customerCode,
        },
      });
      const queryInfo = buildXml({ QueryInfo: { QueryType: queryType, ...parameters } });
      const result = asText(
        await call(options.queryUrl, QUERY_ACTION_PREFIX, "GetQueryJSON", { loginInfo, queryInfo }),
      ).trim();
      return parseQueryResult(result);
    },
  };
}

function badResponse(operation: string): ProviderError {
  return new ProviderError("bad_response", `Aras answered ${operation} in an unexpected shape`, {
    messageKey: "errors.aras_bad_response",
    params: { operation, status: 200 },
  });
}

/** `{"QueryResult":{"Cargo":{…}|[…]}}` (or `CargoInfo`, or any one collection) → rows; null/empty → []. */
export function parseQueryResult(result: string): Record<string, string>[] {
  if (result === "") return [];
  if (!result.startsWith("{") && !result.startsWith("[")) {
    if (LOGIN_FAILURE.test(result)) {
      throw new ProviderError("auth", "Aras rejected the query-service user name, password or customer code", {
        providerMessage: result.slice(0, 300),
        messageKey: "errors.aras_query_credentials",
      });
    }
    throw new ProviderError("bad_response", "Aras answered the query with text instead of JSON", {
      providerMessage: result.slice(0, 300),
      messageKey: "errors.aras_bad_response",
      params: { operation: "GetQueryJSON", status: 200 },
    });
  }
  let document: unknown;
  try {
    // Numbers stay text: tracking and waybill numbers must not lose digits.
    document = parseLosslessJson(result, null, (value: string) => value);
  } catch {
    throw badResponse("GetQueryJSON");
  }
  const queryResult = pick(document, "QueryResult") ?? document;
  if (queryResult === null || queryResult === undefined || queryResult === "") return [];
  const collection =
    pick(queryResult, "Cargo") ??
    pick(queryResult, "CargoInfo") ??
    (Array.isArray(queryResult) ? queryResult : Object.values(queryResult as object)[0]);
  return asList(collection)
    .filter((row): row is Record<string, unknown> => typeof row === "object" && row !== null)
    .map(normaliseKeys);
}
