// GET /api/products/{id} – a product with its listing per marketplace; PATCH – inline price/stock edit (admins only)
import { getProduct, parseProductId } from "@/lib/catalog/get-product";
import { productUpdateSchema, updateProduct } from "@/lib/catalog/update-product";
import { apiRoute, readJson } from "@/lib/http/api-route";

export const GET = apiRoute<{ id: string }>("read", async ({ db, params }) => {
  return getProduct({ db: db, id: parseProductId(params.id) });
});

export const PATCH = apiRoute<{ id: string }>("operate", async ({ db, req, params, actor }) => {
  const id = parseProductId(params.id);
  const update = await readJson(req, productUpdateSchema);
  return updateProduct({ db: db, actor, id, update });
});
