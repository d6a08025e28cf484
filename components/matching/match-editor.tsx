"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { MarketplaceError } from "@/components/orders/marketplace-error";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS, SELECT_CLASS } from "@/components/ui/input-class";
import {
  categoryAttributesQuery,
  searchBrands,
  searchCategories,
  type AttributeChoice,
  type MatchValue,
} from "./matching-queries";
import { RemotePicker } from "./remote-picker";

type MatchEditorProps = {
  integrationId: string;
  initial: MatchValue;
  /** Labels of the initial category and brand, as the cache names them. */
  initialLabels: { category: string | null; brand: string | null };
  canEdit: boolean;
  onSave: (value: MatchValue) => Promise<unknown>;
  testId: string;
};

/**
 * A marketplace leaf category, a brand and the category's attributes: values from the marketplace's list where it
 * does not allow free text, required ones marked. Shared by the matching screen (per Köprü category) and the product.
 */
export function MatchEditor({ integrationId, initial, initialLabels, canEdit, onSave, testId }: MatchEditorProps) {
  const t = useTranslations("marketplaceUi.matching");
  const [value, setValue] = useState(initial);
  const [labels, setLabels] = useState(initialLabels);
  const attributes = useQuery(categoryAttributesQuery(integrationId, value.categoryId));
  const save = useMutation({ mutationFn: () => onSave(value) });
  const choiceOf = (attributeId: string) => value.attributes.find((choice) => choice.attributeId === attributeId);
  const setChoice = (choice: AttributeChoice) =>
    setValue((current) => ({
      ...current,
      attributes: [...current.attributes.filter((c) => c.attributeId !== choice.attributeId), choice].filter(
        (c) => (c.valueIds?.length ?? 0) > 0 || Boolean(c.text?.trim()),
      ),
    }));

  return (
    <div className="space-y-4" data-testid={testId}>
      <div className="grid gap-4 sm:grid-cols-2">
        <RemotePicker
          label={t("category")}
          selectedLabel={labels.category}
          placeholder={t("searchCategory")}
          disabled={!canEdit}
          queryKey={["matching", integrationId, "category-search"]}
          search={searchCategories(integrationId)}
          onChoose={(option) => {
            setValue((current) => ({ ...current, categoryId: option.id, attributes: [] }));
            setLabels((current) => ({ ...current, category: option.label }));
          }}
          testId={`${testId}-category`}
        />
        <RemotePicker
          label={t("brand")}
          selectedLabel={labels.brand}
          placeholder={t("searchBrand")}
          disabled={!canEdit}
          queryKey={["matching", integrationId, "brand-search"]}
          search={searchBrands(integrationId)}
          onChoose={(option) => {
            setValue((current) => ({ ...current, brandId: option.id }));
            setLabels((current) => ({ ...current, brand: option.label }));
          }}
          testId={`${testId}-brand`}
        />
      </div>
      {attributes.isError && <MarketplaceError error={attributes.error} />}
      {attributes.data && attributes.data.length > 0 && (
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-semibold text-slate-900">{t("attributes")}</legend>
          {attributes.data.map((attribute) => {
            const choice = choiceOf(attribute.attributeId);
            const id = `${testId}-attribute-${attribute.attributeId}`;
            return (
              <div key={attribute.attributeId}>
                <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
                  {attribute.name}
                  {attribute.isRequired && <span className="text-red-600"> *</span>}
                </label>
                {attribute.allowsCustom && attribute.values.length === 0 ? (
                  <input
                    id={id}
                    className={INPUT_CLASS}
                    disabled={!canEdit}
                    value={choice?.text ?? ""}
                    onChange={(event) => setChoice({ attributeId: attribute.attributeId, text: event.target.value })}
                  />
                ) : (
                  <select
                    id={id}
                    className={SELECT_CLASS}
                    disabled={!canEdit}
                    value={choice?.valueIds?.[0] ?? ""}
                    onChange={(event) =>
                      setChoice({
                        attributeId: attribute.attributeId,
                        valueIds: event.target.value ? [event.target.value] : [],
                      })
                    }
                  >
                    <option value="">{t("choose")}</option>
                    {attribute.values.map((option) => (
                      <option key={option.id} value={option.id}>
                        {option.name}
                      </option>
                    ))}
                  </select>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => save.mutate()} isPending={save.isPending} disabled={!canEdit || !value.categoryId}>
          {t("save")}
        </Button>
        <div aria-live="polite">
          {save.isSuccess && (
            <p role="status" className="text-sm font-medium text-emerald-700">
              {t("saved")}
            </p>
          )}
          {save.isError && <MarketplaceError error={save.error} />}
        </div>
      </div>
    </div>
  );
}
