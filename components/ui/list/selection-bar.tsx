"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "../button";

/** Shown while rows are picked: how many, the bulk actions, and a way to drop the selection. */
export function SelectionBar({
  count,
  onClear,
  children,
}: {
  count: number;
  onClear: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("listView");
  if (count === 0) return null;
  return (
    <div
      role="region"
      aria-label={t("selected", { count })}
      data-testid="selection-bar"
      className="mb-3 flex flex-wrap items-center gap-3 rounded-lg border border-indigo-200 bg-indigo-50 px-4 py-2 text-sm text-indigo-900"
    >
      <span aria-live="polite" className="font-medium">
        {t("selected", { count })}
      </span>
      <div className="flex flex-wrap items-center gap-2">{children}</div>
      <Button variant="ghost" size="sm" className="ml-auto" onClick={onClear}>
        {t("clearSelection")}
      </Button>
    </div>
  );
}
