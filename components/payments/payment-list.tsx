"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ListFilters } from "@/components/ui/list/list-filters";
import { fromInfiniteQuery } from "@/components/ui/list/list-source";
import { ListView } from "@/components/ui/list/list-view";
import { useUrlFilters } from "@/components/ui/list/use-url-filters";
import { PAYMENT_STATUSES } from "@/lib/payments/payment-status";
import { usePaymentColumns } from "./payment-columns";
import { PAYMENT_FILTER_KEYS, paymentsQuery } from "./payment-queries";

/** /payments: every iyzico and Stripe payment, filterable by provider and status, searchable by reference or order. */
export function PaymentList() {
  const t = useTranslations("payments");
  const filters = useUrlFilters(PAYMENT_FILTER_KEYS);
  const query = useInfiniteQuery({ ...paymentsQuery(filters.value), placeholderData: keepPreviousData });
  const columns = usePaymentColumns();

  return (
    <>
      <ListFilters
        label={t("filters.label")}
        value={filters.value}
        onChange={filters.set}
        onClear={() => filters.reset()}
        fields={[
          { kind: "search", key: "q", label: t("filters.search"), placeholder: t("filters.searchPlaceholder") },
          {
            kind: "select",
            key: "provider",
            label: t("filters.provider"),
            options: [
              { value: "iyzico", label: "iyzico" },
              { value: "stripe", label: "Stripe" },
            ],
          },
          {
            kind: "select",
            key: "status",
            label: t("filters.status"),
            options: PAYMENT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
          },
        ]}
      />
      <ListView
        caption={t("list.caption")}
        source={fromInfiniteQuery(query)}
        columns={columns}
        rowKey={(payment) => String(payment.id)}
        rowProps={(payment) => ({ "data-testid": `payment-row-${payment.remoteId}` })}
        empty={{ title: t("list.empty"), description: t("list.emptyHint") }}
        filtered={
          Object.keys(filters.value).length > 0
            ? { title: t("list.noMatches"), onClear: () => filters.reset() }
            : undefined
        }
      />
    </>
  );
}
