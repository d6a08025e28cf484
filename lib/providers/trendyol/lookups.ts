import { z } from "zod";
import type { TrendyolClient } from "./client";
import {
  attributeValueSchema,
  brandPageSchema,
  categoryAttributesSchema,
  categoryTreeSchema,
  webhookSubscriptionSchema,
} from "./wire";
import type { TrendyolCategoryNode, TrendyolWebhookSubscriptionBody } from "./wire";

const BRAND_PAGE_SIZE = 1000;
const VALUE_PAGE_SIZE = 1000;

/** A category as Köprü caches it: the path of names from the root, and whether products may be listed on it. */
export type RemoteCategory = { id: string; parentId: string | null; name: string; path: string; isLeaf: boolean };
export type RemoteBrand = { id: string; name: string };
export type RemoteCategoryAttribute = {
  attributeId: string;
  name: string;
  isRequired: boolean;
  allowsCustom: boolean;
  allowsMultiple: boolean;
  isVarianter: boolean;
  values: { id: string; name: string }[];
};

export function flattenCategories(nodes: readonly TrendyolCategoryNode[], parent?: RemoteCategory): RemoteCategory[] {
  return nodes.flatMap((node) => {
    const category: RemoteCategory = {
      id: String(node.id),
      parentId: parent?.id ?? null,
      name: node.name,
      path: parent ? `${parent.path} › ${node.name}` : node.name,
      isLeaf: node.subCategories.length === 0,
    };
    return [category, ...flattenCategories(node.subCategories, category)];
  });
}

export function createTrendyolLookups(client: TrendyolClient) {
  const webhooksPath = `/integration/webhook/sellers/${encodeURIComponent(client.sellerId)}/webhooks`;
  return {
    async listCategories(): Promise<RemoteCategory[]> {
      const tree = await client.request({
        path: "/integration/product/product-categories",
        schema: categoryTreeSchema,
      });
      return flattenCategories(tree.categories);
    },

    async *listBrands(): AsyncGenerator<RemoteBrand[]> {
      for (let page = 0; ; page++) {
        const { brands } = await client.request({
          path: "/integration/product/brands",
          query: { page, size: BRAND_PAGE_SIZE },
          schema: brandPageSchema,
        });
        if (brands.length > 0) yield brands.map((brand) => ({ id: String(brand.id), name: brand.name }));
        if (brands.length < BRAND_PAGE_SIZE) return;
      }
    },

    /** The category's attributes; values are read only for attributes that do not allow free text. */
    async getCategoryAttributes(categoryId: string): Promise<RemoteCategoryAttribute[]> {
      const base = `/integration/product/categories/${encodeURIComponent(categoryId)}/attributes`;
      const { categoryAttributes } = await client.request({ path: base, schema: categoryAttributesSchema });
      const attributes: RemoteCategoryAttribute[] = [];
      for (const entry of categoryAttributes) {
        const values: { id: string; name: string }[] = [];
        if (!entry.allowCustom) {
          const pages = client.paginate({
            path: `${base}/${entry.attribute.id}/values`,
            size: VALUE_PAGE_SIZE,
            itemSchema: attributeValueSchema,
          });
          for await (const page of pages)
            values.push(
              ...page.map((value) => ({ id: String(value.attributeValueId), name: value.attributeValueName })),
            );
        }
        attributes.push({
          attributeId: String(entry.attribute.id),
          name: entry.attribute.name,
          isRequired: entry.required,
          allowsCustom: entry.allowCustom,
          allowsMultiple: entry.allowMultipleAttributeValues ?? false,
          isVarianter: entry.varianter ?? false,
          values,
        });
      }
      return attributes;
    },

    async listWebhooks() {
      return client.request({ path: webhooksPath, schema: z.array(webhookSubscriptionSchema) });
    },

    /** Creates the subscription for `url`, or updates the one already pointing there (and activates it). */
    async registerWebhook(body: TrendyolWebhookSubscriptionBody): Promise<{ id: string; created: boolean }> {
      const existing = (await client.request({ path: webhooksPath, schema: z.array(webhookSubscriptionSchema) })).find(
        (hook) => hook.url === body.url,
      );
      if (!existing) {
        const created = await client.request({
          method: "POST",
          path: webhooksPath,
          body,
          schema: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) }),
        });
        return { id: created.id, created: true };
      }
      await client.send({ method: "PUT", path: `${webhooksPath}/${encodeURIComponent(existing.id)}`, body });
      if (existing.status === "PASSIVE")
        await client.send({ method: "PUT", path: `${webhooksPath}/${encodeURIComponent(existing.id)}/activate` });
      return { id: existing.id, created: false };
    },
  };
}
