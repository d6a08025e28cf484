"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

type NavItem = { href: string; key: string; children?: NavItem[] };

const NAV: NavItem[] = [
  { href: "/", key: "dashboard" },
  { href: "/integrations", key: "integrations" },
  { href: "/issues", key: "issues" },
  {
    href: "/logs",
    key: "logs",
    children: [
      { href: "/logs/syncs", key: "syncLogs" },
      { href: "/logs/webhooks", key: "webhookLogs" },
    ],
  },
  { href: "/orders", key: "orders" },
  { href: "/customers", key: "customers" },
  { href: "/payments", key: "payments" },
  { href: "/products", key: "products" },
];

const SETTINGS: NavItem = { href: "/settings", key: "settings" };

const isWithin = (pathname: string, href: string) =>
  pathname === href || (href !== "/" && pathname.startsWith(`${href}/`));

function NavLink({ item, pathname, isChild = false }: { item: NavItem; pathname: string; isChild?: boolean }) {
  const t = useTranslations("nav");
  const isCurrent = item.children ? false : isWithin(pathname, item.href);
  return (
    <Link
      href={item.children?.[0]?.href ?? item.href}
      aria-current={isCurrent ? "page" : undefined}
      className={`block rounded-md px-3 py-2 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600 ${
        isChild ? "ml-3 py-1.5 text-[13px]" : ""
      } ${isCurrent ? "bg-indigo-50 text-indigo-700" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"}`}
    >
      {t(item.key)}
    </Link>
  );
}

export function SidebarNav({ isAdmin }: { isAdmin: boolean }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const items = isAdmin ? [...NAV, SETTINGS] : NAV;
  return (
    <nav aria-label={t("label")}>
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item.href}>
            <NavLink item={item} pathname={pathname} />
            {item.children && (
              <ul className="mt-1 space-y-1 border-l border-slate-200 pl-1">
                {item.children.map((child) => (
                  <li key={child.href}>
                    <NavLink item={child} pathname={pathname} isChild />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
