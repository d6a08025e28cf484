// GET /api/products/export – the products (same filters as the list) as a CSV in the import format
import { csvDownload, exportProductsCsv } from "@/lib/catalog/export-products";
import { productListQuerySchema, searchParamsObject } from "@/lib/catalog/product-filters";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute("read", async ({ db, req }) => {
  const { filters } = productListQuerySchema.parse(searchParamsObject(req.url));
  const date = new Date().toISOString().slice(0, 10);
  return csvDownload(exportProductsCsv({ db: db, filters }), `products-${date}.csv`);
});
