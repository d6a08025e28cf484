import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listings, products } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { requireRouteId } from "@/lib/http/route-id";
import { toProductDetailView, type ProductDetailView } from "./product-view";

/** Route ids arrive as text; anything but a positive int4 cannot name a product. */
export const parseProductId = requireRouteId;

/** A product with its listing on every marketplace it has been sent to. */
export async function getProduct(options: { db: Db; id: number }): Promise<ProductDetailView> {
  const { db, id } = options;
  const [product] = await db.select().from(products).where(eq(products.id, id)).limit(1);
  if (!product) throw new AppError("not_found", "No such product", { messageKey: "errors.product_not_found" });
  const rows = await db.select().from(listings).where(eq(listings.productId, id)).orderBy(asc(listings.integrationId));
  return toProductDetailView(product, rows);
}
