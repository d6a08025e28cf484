import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createHepsiburadaClient } from "./hepsiburada/client";
import { shopifyErrorsOf } from "./shopify/client";

// A viewer sees our sentence (status, our key); what the provider said travels apart in providerMessage, and only in
// the shape its fact sheet documents as its message.
describe("provider error text", () => {
  it("Hepsiburada: its words stay out of our sentence", async () => {
    const client = createHepsiburadaClient({
      hosts: { oms: "http://h.test", listing: "http://h.test", catalog: "http://h.test" },
      merchantId: "m",
      serviceKey: "k",
      developerUsername: "dev",
      maxRetries: 0,
      fetch: async () => new Response('"Sipariş bulunamadı: internal ref db-7"', { status: 400 }),
    });
    const error = await client
      .request({ service: "oms", path: "/packages", schema: z.unknown() })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 400, details: { providerMessage: "Sipariş bulunamadı: internal ref db-7" } });
    expect((error as Error).message).not.toContain("db-7");
  });

  it("Shopify: only its documented {errors} body is kept, never an HTML page or free text", () => {
    expect(shopifyErrorsOf('{"errors":"[API] Invalid API key or access token"}')).toBe(
      "[API] Invalid API key or access token",
    );
    expect(shopifyErrorsOf('{"errors":[{"message":"Throttled"}]}')).toBe("Throttled");
    expect(shopifyErrorsOf("<html>502 Bad Gateway from proxy-3.internal</html>")).toBeUndefined();
    expect(shopifyErrorsOf("upstream connect error: 10.0.3.7:443")).toBeUndefined();
  });
});
