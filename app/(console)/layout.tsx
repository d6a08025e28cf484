import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { MobileNav } from "@/components/shell/mobile-nav";
import { RoleBadge } from "@/components/shell/role-badge";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { RunnerModeBadge } from "@/components/sync/runner-mode-badge";
import { requirePageActor } from "@/lib/auth/page-guard";
import { canAdminister } from "@/lib/auth/permissions";
import { getRunnerMode } from "@/lib/runner/mode";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  const t = await getTranslations("shell");
  return (
    <div className="flex min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <aside className="hidden w-60 shrink-0 flex-col border-r border-slate-200 bg-white px-3 py-5 md:flex">
        <Link
          href="/integrations"
          className="mb-6 flex items-center gap-2 px-3 text-lg font-bold tracking-tight text-slate-900"
        >
          <span
            aria-hidden="true"
            className="flex size-7 items-center justify-center rounded-md bg-indigo-600 text-sm text-white"
          >
            K
          </span>
          {t("brand")}
        </Link>
        <SidebarNav isAdmin={canAdminister(actor)} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 flex-nowrap items-center justify-between gap-4 border-b border-slate-200 bg-white px-4 md:px-8">
          <div className="flex min-w-0 items-center gap-2 md:hidden">
            <MobileNav isAdmin={canAdminister(actor)} />
            <span className="truncate text-sm font-semibold text-slate-900">{t("brand")}</span>
          </div>
          <div className="ml-auto flex shrink-0 items-center gap-2 sm:gap-3">
            <span className="hidden sm:contents">
              <RunnerModeBadge mode={getRunnerMode()} />
            </span>
            <LocaleSwitcher />
            <Link
              href="/account"
              title={t("account")}
              className="hidden rounded text-sm text-slate-700 hover:text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600 sm:inline"
              data-testid="current-user"
            >
              {actor.email}
            </Link>
            {/* On a phone the header keeps to one line: the role is on the settings page. */}
            <span className="hidden sm:contents">
              <RoleBadge role={actor.role} />
            </span>
            <SignOutButton />
          </div>
        </header>
        <main id="main" className="min-w-0 flex-1 px-4 py-6 md:px-8 md:py-8">
          <div className="mx-auto max-w-6xl">{children}</div>
        </main>
      </div>
    </div>
  );
}
