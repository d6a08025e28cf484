"use client";

import { useMutation, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ApiError, fetchJson } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import type { ProductDetailView, ProductPage } from "@/lib/catalog/product-view";
import { productQuery } from "./product-queries";

export type ProductEdit = { list_price?: string; sale_price?: string; stock?: number };

/**
 * Saves an inline price/stock edit. The answer patches the row in every cached list page in place (the row keeps its
 * position until the next reload, so the table does not jump under the cursor) and replaces the cached detail.
 */
export function useUpdateProduct(id: number, sku: string) {
  const t = useTranslations("products.edit");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ProductEdit) => {
      try {
        return await fetchJson<ProductDetailView>(`/api/products/${id}`, { method: "PATCH", body });
      } catch (error) {
        // A 400 carries the server's own sentence (e.g. list below sale); other failures get the shared wording.
        throw new Error(error instanceof ApiError && error.status === 400 ? error.message : toErrorMessage(error));
      }
    },
    onSuccess: (saved) => {
      const { list_price, sale_price, stock, updated_at } = saved;
      queryClient.setQueriesData<InfiniteData<ProductPage>>(
        { queryKey: ["products", "list"] },
        (data) =>
          data && {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.map((item) =>
                item.id === id ? { ...item, list_price, sale_price, stock, updated_at } : item,
              ),
            })),
          },
      );
      queryClient.setQueryData(productQuery(id).queryKey, saved);
      toast.success(t("saved", { sku }));
    },
    onError: (error) => toast.error(error.message),
  });
}
