import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import type { ProductFacets } from "@/lib/catalog/list-product-facets";
import type { ProductDetailView, ProductPage } from "@/lib/catalog/product-view";

/** The list's filters as the API's query parameters; empty values are left out, so "no filter" is `{}`. */
export const PRODUCT_FILTER_KEYS = ["q", "brand", "category", "active", "integration", "listing_status"] as const;
export type ProductListParams = Partial<Record<(typeof PRODUCT_FILTER_KEYS)[number], string>>;

export const toSearch = (params: ProductListParams, extra: Record<string, string> = {}) =>
  new URLSearchParams(
    Object.entries({ ...params, ...extra }).filter(([, value]) => value && value.trim() !== "") as [string, string][],
  ).toString();

/** Query option factories shared by server prefetch (with data from lib) and client components (through the API). */
export const productsQuery = (params: ProductListParams) =>
  infiniteQueryOptions({
    queryKey: ["products", "list", params],
    queryFn: ({ pageParam }) =>
      fetchJson<ProductPage>(`/api/products?${toSearch(params, pageParam ? { cursor: pageParam } : {})}`),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next_cursor,
  });

export const productQuery = (id: number) =>
  queryOptions({
    queryKey: ["products", "detail", id],
    queryFn: () => fetchJson<ProductDetailView>(`/api/products/${id}`),
  });

export const productFacetsQuery = () =>
  queryOptions({
    queryKey: ["products", "facets"],
    queryFn: () => fetchJson<ProductFacets>("/api/products/facets"),
  });
