import { describe, expect, it } from "vitest";
import { errorSignature, scrubSecrets } from "./error-signature";

describe("errorSignature", () => {
  it("is the same for the same failure about different items, times and ids", () => {
    const a = errorSignature('Trendyol refused SKU "ABC-1" (barcode 8690000000011) at 2026-11-29T03:14:00Z: HTTP 400');
    const b = errorSignature('Trendyol refused SKU "XYZ-99" (barcode 8690000000999) at 2026-11-30T04:00:12Z: HTTP 400');
    expect(a).toBe(b);
    expect(a).not.toContain("8690000000011");
  });

  it("keeps different errors apart", () => {
    expect(errorSignature("Trendyol rejected the credentials (HTTP 401)")).not.toBe(
      errorSignature("Trendyol is unavailable (HTTP 503)"),
    );
  });

  it("strips UUIDs, hex digests and e-mail addresses", () => {
    expect(
      errorSignature("run 3f2b8c1e-1a2b-4c3d-9e8f-0123456789ab for ayse@example.com sha 0123456789abcdef0123"),
    ).toBe("run <id> for <email> sha <id>");
  });
});

describe("scrubSecrets", () => {
  it("never lets credentials through", () => {
    const scrubbed = scrubSecrets(
      "GET https://user:hunter2@api.example.com/x?api_key=abc123&x=1 failed; Authorization: Basic dXNlcjpwYXNz; token=kpr_abcdefghijk; authorization: Basic eA==",
    );
    expect(scrubbed).not.toMatch(/hunter2|abc123|dXNlcjpwYXNz|kpr_abcdefghijk|eA==/);
  });
});
