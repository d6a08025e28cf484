import { describe, expect, it } from "vitest";
import { readLimitedBody } from "./read-limited-body";

const streamOf = (chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/hook", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readLimitedBody", () => {
  it("reads a body within the limit", async () => {
    expect(await readLimitedBody(post('{"a":1}'), 100)).toBe('{"a":1}');
  });

  it("refuses a declared length over the limit without reading", async () => {
    expect(await readLimitedBody(post("x".repeat(10), { "content-length": "5000" }), 100)).toBeNull();
  });

  it("stops a body without a declared length as soon as it passes the limit", async () => {
    expect(await readLimitedBody(post(streamOf(["x".repeat(60), "y".repeat(60)])), 100)).toBeNull();
    expect(await readLimitedBody(post(streamOf(["x".repeat(40), "y".repeat(40)])), 100)).toBe(
      `${"x".repeat(40)}${"y".repeat(40)}`,
    );
  });
});
