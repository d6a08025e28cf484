import { z } from "zod";
import { assertNoUserErrors, readUserErrors, type ShopifyClient } from "./client";
import { ShopifyError } from "./errors";
import { bulkOperationSchema, userErrorSchema, type BulkOperation } from "./wire";

const RUN = `mutation BulkRun($query: String!, $groupObjects: Boolean) {
  bulkOperationRunQuery(query: $query, groupObjects: $groupObjects) { bulkOperation { id status } userErrors { field message code } }
}`;
const POLL = `query BulkPoll($id: ID!) { bulkOperation(id: $id) { id status errorCode objectCount url partialDataUrl } }`;

const DEFAULT_POLL_MS = 2000;

/**
 * Starts a bulk query. `groupObjects: true` keeps each parent's children right after it, so the JSONL can be assembled
 * while streaming (the default, false, allows them anywhere in the file).
 */
export async function startBulkQuery(client: ShopifyClient, query: string, groupObjects = true): Promise<string> {
  const data = await client.request({
    operation: "BulkRun",
    query: RUN,
    variables: { query, groupObjects },
    schema: z.object({
      bulkOperationRunQuery: z
        .object({ bulkOperation: z.object({ id: z.string() }).nullable(), userErrors: z.array(userErrorSchema) })
        .nullable(),
    }),
    isIdempotent: false,
    costHint: 10,
  });
  assertNoUserErrors("bulkOperationRunQuery", readUserErrors(data.bulkOperationRunQuery));
  const id = data.bulkOperationRunQuery?.bulkOperation?.id;
  if (!id)
    throw new ShopifyError("bad_response", "badResponse", "Shopify started no bulk operation", {
      params: { operation: "bulkOperationRunQuery" },
    });
  return id;
}

/** Polls until the operation ends; a failed, cancelled or expired one throws. */
export async function waitForBulk(client: ShopifyClient, id: string, pollMs = DEFAULT_POLL_MS): Promise<BulkOperation> {
  for (;;) {
    const { bulkOperation } = await client.request({
      operation: "BulkPoll",
      query: POLL,
      variables: { id },
      schema: z.object({ bulkOperation: bulkOperationSchema.nullable() }),
    });
    if (!bulkOperation)
      throw new ShopifyError("not_found", "bulkNotFound", `Shopify has no bulk operation ${id}`, {
        params: { id },
      });
    if (bulkOperation.status === "COMPLETED") return bulkOperation;
    if (["FAILED", "CANCELED", "CANCELING", "EXPIRED"].includes(bulkOperation.status)) {
      throw new ShopifyError("unavailable", "bulkFailed", `Shopify's bulk export ended ${bulkOperation.status}`, {
        params: { status: bulkOperation.status },
        providerMessage: bulkOperation.errorCode ?? undefined,
      });
    }
    await client.sleep(pollMs);
  }
}

/**
 * Streams a bulk result line by line: the file (possibly gigabytes) is never held whole. The URL is a signed
 * storage link, so no access token is sent with it. A completed export with no objects has no URL.
 */
export async function* streamJsonl(
  client: ShopifyClient,
  url: string | null | undefined,
): AsyncGenerator<Record<string, unknown>> {
  if (!url) return;
  const response = await client.fetch(url);
  if (!response.ok || !response.body) {
    throw new ShopifyError(
      "unavailable",
      "bulkDownload",
      `Could not download Shopify's bulk export (${response.status})`,
      {
        status: response.status,
        params: { status: response.status },
      },
    );
  }
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let newline = buffer.indexOf("\n");
    while (newline >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) yield JSON.parse(line) as Record<string, unknown>;
      newline = buffer.indexOf("\n");
    }
  }
  buffer += decoder.decode();
  if (buffer.trim()) yield JSON.parse(buffer) as Record<string, unknown>;
}

/** Groups a parent row with the child rows that follow it (`groupObjects: true` output). */
export async function* groupRows(
  rows: AsyncIterable<Record<string, unknown>>,
): AsyncGenerator<{ parent: Record<string, unknown>; children: Record<string, unknown>[] }> {
  let current: { parent: Record<string, unknown>; children: Record<string, unknown>[] } | null = null;
  for await (const row of rows) {
    if (typeof row.__parentId === "string") {
      if (current && row.__parentId === current.parent.id) current.children.push(row);
      continue;
    }
    if (current) yield current;
    current = { parent: row, children: [] };
  }
  if (current) yield current;
}
