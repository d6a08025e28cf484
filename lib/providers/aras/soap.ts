import { XMLBuilder, XMLParser } from "fast-xml-parser";

/**
 * SOAP envelopes for both Aras services, built and read with fast-xml-parser: every text node is entity-escaped by the
 * builder, so a value never breaks out of its element. The query service takes XML *inside a string* parameter: it is
 * built with the same builder and then escaped again as the outer text, so a `&` in a password arrives double-escaped.
 */
export const TEMPURI = "http://tempuri.org/";
export const SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/";
export const SOAP12_NS = "http://www.w3.org/2003/05/soap-envelope";

export type XmlValue = string | number | null | undefined | XmlNode | XmlNode[];
export type XmlNode = { [element: string]: XmlValue };

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", suppressEmptyNode: false });
const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  // Values stay strings (tracking numbers are 13 digits, codes have leading zeros); the wire schemas type them.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
});

function clean(value: XmlValue): unknown {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(clean);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]));
  return String(value);
}

/** A fragment such as `<LoginInfo><UserName>…</UserName></LoginInfo>`, escaped. */
export function buildXml(node: XmlNode): string {
  return builder.build(clean(node)) as string;
}

export function buildEnvelope(operation: string, parameters: XmlNode, version: "1.1" | "1.2" = "1.1"): string {
  const ns = version === "1.1" ? SOAP11_NS : SOAP12_NS;
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    buildXml({
      "soap:Envelope": {
        "@_xmlns:soap": ns,
        "soap:Body": { [operation]: { "@_xmlns": TEMPURI, ...parameters } },
      },
    })
  );
}

export type ParsedEnvelope =
  | { kind: "body"; operation: string; content: unknown }
  | { kind: "fault"; code: string; message: string }
  | { kind: "invalid" };

/** The first element of the Body (namespace prefixes dropped), or the fault. Never throws. */
export function parseEnvelope(xml: string): ParsedEnvelope {
  let document: unknown;
  try {
    document = parser.parse(xml, true);
  } catch {
    return { kind: "invalid" };
  }
  const body = pick(pick(document, "Envelope"), "Body");
  if (!body || typeof body !== "object") return { kind: "invalid" };
  const [operation, content] = Object.entries(body)[0] ?? [];
  if (!operation) return { kind: "invalid" };
  if (operation === "Fault") {
    // SOAP 1.1: faultcode/faultstring; SOAP 1.2: Code/Value, Reason/Text.
    const code = pick(content, "faultcode") ?? pick(pick(content, "Code"), "Value");
    const message = pick(content, "faultstring") ?? pick(pick(content, "Reason"), "Text");
    return { kind: "fault", code: asText(code), message: asText(message) };
  }
  return { kind: "body", operation, content };
}

/** Parses a plain XML fragment (the query parameters the fake receives). */
export function parseXml(xml: string): unknown {
  return parser.parse(xml);
}

export function pick(value: unknown, key: string): unknown {
  return value && typeof value === "object" && key in value ? (value as Record<string, unknown>)[key] : undefined;
}

export function asText(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

/** One element or many: fast-xml-parser gives an object for one child and an array for several. */
export function asList<T = unknown>(value: unknown): T[] {
  if (value === undefined || value === null || value === "") return [];
  return (Array.isArray(value) ? value : [value]) as T[];
}
