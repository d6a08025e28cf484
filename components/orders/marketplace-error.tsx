"use client";

import { useTranslations } from "next-intl";
import { ApiError } from "@/components/api/fetch-json";
import { useApiErrorMessage } from "@/components/api/use-api-error-message";

/** Our sentence, then the marketplace's own words (labelled as theirs) when it refused. */
export function MarketplaceError({ error }: { error: unknown }) {
  const t = useTranslations("marketplaceUi");
  const toMessage = useApiErrorMessage();
  const providerMessage = error instanceof ApiError ? error.details.providerMessage : undefined;
  return (
    <div role="alert" className="text-sm text-red-700">
      <p>{toMessage(error)}</p>
      {typeof providerMessage === "string" && (
        <p className="mt-1 text-red-600">{t("providerSaid", { message: providerMessage })}</p>
      )}
    </div>
  );
}
