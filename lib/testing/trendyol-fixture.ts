import type { Db } from "@/db/client";
import { products, type NewProduct } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { saveIntegrationConfig } from "@/lib/integrations/save-integration-config";

export const FAKE_TRENDYOL = { sellerId: "987654", apiKey: "fake-api-key-0001", apiSecret: "fake-api-secret-0001" };

/** Configures the Trendyol integration against a fake at `baseUrl` (test fixture). */
export async function configureTrendyol(db: Db, actor: Actor, baseUrl: string, extra: Record<string, unknown> = {}) {
  return saveIntegrationConfig({
    db,
    actor,
    type: "trendyol",
    body: {
      is_active: true,
      seller_id: FAKE_TRENDYOL.sellerId,
      api_key: FAKE_TRENDYOL.apiKey,
      api_secret: FAKE_TRENDYOL.apiSecret,
      base_url: baseUrl,
      cargo_company_id: "10",
      default_brand_id: "1001",
      default_category_id: "2002",
      ...extra,
    },
  });
}

export function productRow(index: number, overrides: Partial<NewProduct> = {}): NewProduct {
  return {
    sku: `SKU-${String(index).padStart(5, "0")}`,
    barcode: `869${String(index).padStart(10, "0")}`,
    title: `Ürün ${index}`,
    brand: "Köprü",
    category: "Mutfak",
    vatRate: 20,
    listPrice: 15_000,
    salePrice: 12_990,
    stock: 10,
    ...overrides,
  };
}

export async function insertProducts(db: Db, rows: NewProduct[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000)
    await db.insert(products).values(rows.slice(start, start + 1000));
}
