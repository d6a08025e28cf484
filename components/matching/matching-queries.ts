import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";

export type AttributeChoice = { attributeId: string; valueIds?: string[]; text?: string };
export type MatchValue = { categoryId: string | null; brandId: string | null; attributes: AttributeChoice[] };
export type CategoryAttribute = {
  attributeId: string;
  name: string;
  isRequired: boolean;
  allowsCustom: boolean;
  allowsMultiple: boolean;
  values: { id: string; name: string }[];
};
export type MatchProblem = "no_category" | "no_brand" | "missing_attributes" | "attributes_not_loaded";
export type MatchingQueue = {
  integrationId: string;
  refreshedAt: string | null;
  counts: { products: number; withProblems: number };
  categories: {
    localCategory: string;
    productCount: number;
    withProblems: number;
    match: {
      remoteCategoryId: string;
      path: string;
      remoteBrandId: string | null;
      attributes: AttributeChoice[];
    } | null;
  }[];
  products: {
    id: number;
    sku: string;
    title: string;
    localCategory: string | null;
    categoryPath: string | null;
    problems: MatchProblem[];
    missingAttributes: string[];
  }[];
};
export type ProductMatch = {
  own: MatchValue;
  inherited: MatchValue | null;
  resolved: MatchValue & { categoryPath: string | null; brandName: string | null };
  problems: MatchProblem[];
  missingAttributes: string[];
};

const base = (integrationId: string) => `/api/marketplace-catalog/${encodeURIComponent(integrationId)}`;

export const matchingQueueQuery = (integrationId: string) =>
  queryOptions({
    queryKey: ["matching", integrationId, "queue"],
    queryFn: () => fetchJson<MatchingQueue>(`${base(integrationId)}/matching`),
  });

export const searchCategories = (integrationId: string) => async (q: string) =>
  (await fetchJson<{ id: string; path: string }[]>(`${base(integrationId)}/categories?q=${encodeURIComponent(q)}`)).map(
    (row) => ({ id: row.id, label: row.path }),
  );

export const searchBrands = (integrationId: string) => async (q: string) =>
  (await fetchJson<{ id: string; name: string }[]>(`${base(integrationId)}/brands?q=${encodeURIComponent(q)}`)).map(
    (row) => ({ id: row.id, label: row.name }),
  );

export const categoryAttributesQuery = (integrationId: string, categoryId: string | null) =>
  queryOptions({
    queryKey: ["matching", integrationId, "attributes", categoryId],
    queryFn: () =>
      fetchJson<CategoryAttribute[]>(
        `${base(integrationId)}/categories/${encodeURIComponent(categoryId ?? "")}/attributes`,
      ),
    enabled: Boolean(categoryId),
    staleTime: 60 * 60 * 1000,
  });

export const productMatchQuery = (integrationId: string, productId: number) =>
  queryOptions({
    queryKey: ["matching", integrationId, "product", productId],
    queryFn: () =>
      fetchJson<ProductMatch>(`/api/products/${productId}/marketplace-match/${encodeURIComponent(integrationId)}`),
  });

export { base as catalogApiBase };
