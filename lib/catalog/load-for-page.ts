import { getDb } from "@/db/client";
import { AppError } from "@/lib/errors";
import { getProduct, parseProductId } from "./get-product";
import { listProductFacets, type ProductFacets } from "./list-product-facets";
import { listProducts } from "./list-products";
import type { ProductDetailView, ProductPage } from "./product-view";

/** The console pages' entry to the catalogue: they hold no database handle themselves. */
export async function loadFirstProductPage(): Promise<ProductPage> {
  return listProducts({ db: await getDb() });
}

export async function loadProductFacets(): Promise<ProductFacets> {
  return listProductFacets({ db: await getDb() });
}

/** One product by its route id, or null when there is none (the page answers 404). */
export async function loadProduct(id: string): Promise<ProductDetailView | null> {
  try {
    return await getProduct({ db: await getDb(), id: parseProductId(id) });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}
