"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { SidebarNav } from "./sidebar-nav";

/**
 * Below the `md` breakpoint the sidebar becomes a "Menü" button that opens the navigation as a drawer. A native modal
 * <dialog> gives focus trapping, Escape to close and an inert page behind it; a route change closes it.
 */
export function MobileNav({ isAdmin }: { isAdmin: boolean }) {
  const t = useTranslations("shell");
  const dialog = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();

  useEffect(() => dialog.current?.close(), [pathname]);

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        aria-haspopup="dialog"
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600 md:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
          <path d="M3 5h14v2H3zM3 9h14v2H3zM3 13h14v2H3z" />
        </svg>
        {t("menu")}
      </button>
      <dialog
        ref={dialog}
        aria-label={t("menu")}
        onClick={(event) => event.target === dialog.current && dialog.current.close()}
        className="m-0 h-dvh max-h-none w-72 max-w-[85vw] border-r border-slate-200 bg-white p-0 backdrop:bg-slate-900/40"
      >
        <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3">
          <span className="text-base font-bold text-slate-900">{t("brand")}</span>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            {t("closeMenu")}
          </button>
        </div>
        <div className="px-3 py-4">
          <SidebarNav isAdmin={isAdmin} />
        </div>
      </dialog>
    </>
  );
}
