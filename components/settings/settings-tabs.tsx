"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const TABS = [
  { href: "/settings", key: "access" },
  { href: "/settings/alerts", key: "alerts" },
  { href: "/settings/order-to-cash", key: "orderToCash" },
  { href: "/settings/audit", key: "audit" },
] as const;

export function SettingsTabs() {
  const t = useTranslations("settings.tabs");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="mb-8 flex gap-1 border-b border-slate-200">
      {TABS.map((tab) => {
        const isCurrent = pathname === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={isCurrent ? "page" : undefined}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600 ${
              isCurrent
                ? "border-indigo-600 text-indigo-700"
                : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
            }`}
          >
            {t(tab.key)}
          </Link>
        );
      })}
    </nav>
  );
}
