import { createWriteStream } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execute, parse, validate, type ExecutionResult } from "graphql";
import { fakeShopifySchema } from "./fake-schema";

export type FakeBulkOperation = {
  id: string;
  query: string;
  status: "CREATED" | "RUNNING" | "COMPLETED" | "FAILED";
  polls: number;
  objectCount: number;
  file: string | null;
  createdAt: string;
  completedAt: string | null;
};

/** At most five bulk query operations run at once per shop (API 2026-01+). */
export const MAX_CONCURRENT_BULK = 5;

/** Checks a bulk query the way Shopify does before accepting it: it must parse and validate against the schema. */
export function validateBulkQuery(query: string): string | null {
  try {
    const errors = validate(fakeShopifySchema, parse(query));
    return errors[0]?.message ?? null;
  } catch (error) {
    return error instanceof Error ? error.message : "Invalid bulk query";
  }
}

/** Runs a bulk query whole (connections without `first`) with the given root and context. */
export async function runBulkQuery(query: string, rootValue: unknown, contextValue: unknown): Promise<ExecutionResult> {
  return execute({ schema: fakeShopifySchema, document: parse(query), rootValue, contextValue });
}

/**
 * Flattens a bulk result into JSONL the way Shopify does: each node of the top connection is a line, each node of a
 * nested connection is its own line after its parent, carrying `__parentId`. Writes a file; returns its path and count.
 */
export async function writeBulkJsonl(
  data: Record<string, unknown>,
  id: string,
): Promise<{ file: string; count: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "shopify-fake-bulk-"));
  const file = path.join(dir, `${id}.jsonl`);
  const out = createWriteStream(file);
  let count = 0;
  const emit = (row: Record<string, unknown>) => {
    count += 1;
    out.write(`${JSON.stringify(row)}\n`);
  };
  const nodesOf = (value: unknown): Record<string, unknown>[] | null => {
    if (!value || typeof value !== "object") return null;
    const record = value as { nodes?: unknown; edges?: { node: unknown }[] };
    if (Array.isArray(record.nodes)) return record.nodes as Record<string, unknown>[];
    if (Array.isArray(record.edges)) return record.edges.map((edge) => edge.node as Record<string, unknown>);
    return null;
  };
  const walk = (node: Record<string, unknown>, parentId: string | null) => {
    const row: Record<string, unknown> = {};
    const children: Record<string, unknown>[] = [];
    for (const [key, value] of Object.entries(node)) {
      const nested = nodesOf(value);
      if (nested) children.push(...nested);
      else row[key] = value;
    }
    if (parentId) row.__parentId = parentId;
    emit(row);
    for (const child of children) walk(child, typeof node.id === "string" ? node.id : null);
  };
  for (const value of Object.values(data)) for (const node of nodesOf(value) ?? []) walk(node, null);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { file, count };
}
