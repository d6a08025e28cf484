"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { ApiError, fetchJson, issuesByField } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/input-class";
import { TextField } from "@/components/ui/text-field";
import type { ProductDetailView } from "@/lib/catalog/product-view";
import { productQuery } from "./product-queries";

const MAX_TITLE = 255;
const MAX_DESCRIPTION = 30_000;

/** Title and description, read-only until an admin chooses "Edit"; saved through the same PATCH as prices (audited). */
export function ProductTextEditor({ product, canEdit }: { product: ProductDetailView; canEdit: boolean }) {
  const t = useTranslations("products.text");
  const toErrorMessage = useApiErrorMessage();
  const queryClient = useQueryClient();
  const router = useRouter();
  const descriptionId = useId();
  const [isEditing, setEditing] = useState(false);
  const [title, setTitle] = useState(product.title);
  const [description, setDescription] = useState(product.description ?? "");
  const save = useMutation({
    mutationFn: (body: { title: string; description: string }) =>
      fetchJson<ProductDetailView>(`/api/products/${product.id}`, { method: "PATCH", body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(productQuery(product.id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ["products", "list"] });
      setEditing(false);
      toast.success(t("saved", { sku: saved.sku }));
      router.refresh(); // the page header shows the title
    },
  });
  const errors = issuesByField(save.error);
  const formError =
    save.isError && Object.keys(errors).length === 0
      ? save.error instanceof ApiError
        ? save.error.message
        : toErrorMessage(save.error)
      : null;

  function startEditing() {
    setTitle(product.title);
    setDescription(product.description ?? "");
    save.reset();
    setEditing(true);
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({ title, description });
  }

  if (!isEditing)
    return (
      <section
        aria-labelledby="product-text"
        className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
        data-testid="product-text"
      >
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h2 id="product-text" className="text-base font-semibold text-slate-900">
            {t("title")}
          </h2>
          {canEdit && (
            <Button variant="secondary" size="sm" onClick={startEditing}>
              {t("edit")}
            </Button>
          )}
        </div>
        <p className="mt-3 text-sm font-medium text-slate-900" data-testid="product-title">
          {product.title}
        </p>
        {product.description ? (
          <p className="mt-2 text-sm whitespace-pre-line text-slate-700" data-testid="product-description">
            {product.description}
          </p>
        ) : (
          <p className="mt-2 text-sm text-slate-500">{t("noDescription")}</p>
        )}
      </section>
    );

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="product-text"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      data-testid="product-text-form"
    >
      <h2 id="product-text" className="text-base font-semibold text-slate-900">
        {t("title")}
      </h2>
      <TextField
        label={t("titleLabel")}
        name="title"
        value={title}
        maxLength={MAX_TITLE}
        onChange={(event) => setTitle(event.target.value)}
        hint={t("count", { count: title.length, max: MAX_TITLE })}
        error={errors.title}
      />
      <div>
        <label htmlFor={descriptionId} className="mb-1 block text-sm font-medium text-slate-700">
          {t("descriptionLabel")}
        </label>
        <textarea
          id={descriptionId}
          name="description"
          rows={8}
          value={description}
          maxLength={MAX_DESCRIPTION}
          onChange={(event) => setDescription(event.target.value)}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={`${descriptionId}-hint${errors.description ? ` ${descriptionId}-error` : ""}`}
          className={INPUT_CLASS}
        />
        <p id={`${descriptionId}-hint`} className="mt-1 text-xs text-slate-500">
          {t("descriptionHint", { count: description.length, max: MAX_DESCRIPTION })}
        </p>
        {errors.description && (
          <p id={`${descriptionId}-error`} role="alert" className="mt-1 text-xs font-medium text-red-600">
            {errors.description}
          </p>
        )}
      </div>
      {formError && (
        <p role="alert" className="text-sm text-red-700">
          {formError}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" isPending={save.isPending}>
          {t("save")}
        </Button>
        <Button variant="secondary" onClick={() => setEditing(false)} disabled={save.isPending}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
