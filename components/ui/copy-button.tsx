"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "./button";

export function CopyButton({ value, label }: { value: string; label?: string }) {
  const t = useTranslations("common");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      toast.success(t("copied"));
    } catch {
      toast.error(t("copyFailed"));
    }
  }

  return (
    <Button variant="secondary" size="sm" onClick={() => void copy()}>
      {label ?? t("copy")}
    </Button>
  );
}
