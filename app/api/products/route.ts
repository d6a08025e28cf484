// GET /api/products – one page of products (?q=&brand=&category=&active=&integration=&listing_status=&sort=&cursor=)
import { listProducts } from "@/lib/catalog/list-products";
import { productListQuerySchema, searchParamsObject } from "@/lib/catalog/product-filters";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute("read", async ({ db, req }) => {
  const query = productListQuerySchema.parse(searchParamsObject(req.url));
  return listProducts({ db: db, ...query });
});
